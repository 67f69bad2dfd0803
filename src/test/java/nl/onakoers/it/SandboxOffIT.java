package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code ONA_DEMO=false} the sandbox is gone: none of its pages or services answer, and it
 * never registered itself, so no launch can name it as a platform. Runs the uber jar on the
 * embedded H2, where the sandbox would otherwise be on.
 */
class SandboxOffIT {

  private static final String ADMIN_TOKEN = "sandbox-off-it-admin-token-0123456789";

  private static ToolProcess tool;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheToolWithoutTheSandbox() {
    tool =
        ToolProcess.start(
            "sandbox-off-it", Map.of("ONA_DEMO", "false", "ONA_ADMIN_TOKEN", ADMIN_TOKEN));
  }

  @AfterAll
  static void stopTheTool() {
    if (tool != null) {
      tool.close();
    }
  }

  // Each of these answers something other than 404 while the sandbox is on (a page, a key set,
  // a redirect, a 400 or a 401 without a token).
  @Test
  void noSandboxPageOrServiceAnswers() throws Exception {
    assertThat(get("/").statusCode()).as("the tool itself is up").isEqualTo(200);

    for (String path :
        new String[] {
          "/demo",
          "/demo/jwks",
          "/demo/deep-link?as=sandbox-coach",
          "/demo/auth",
          "/demo/courses/sandbox-course/memberships",
          "/demo/courses/sandbox-course/lineitems"
        }) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(postForm("/demo/token", "grant_type=client_credentials").statusCode())
        .isEqualTo(404);
  }

  @Test
  void theSandboxNeverRegisteredItself() throws Exception {
    HttpResponse<String> registrations =
        send(
            HttpRequest.newBuilder(tool.toolUrl("/api/admin/registrations"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .GET());
    assertThat(registrations.statusCode()).isEqualTo(200);
    assertThat(registrations.body()).doesNotContain("ona-sandbox").doesNotContain("/demo");

    String sandboxIssuer = tool.courseUrl();
    HttpResponse<String> login =
        postForm(
            "/lti/login",
            "iss="
                + encode(sandboxIssuer)
                + "&login_hint=sandbox-amina&client_id=ona-sandbox&target_link_uri="
                + encode(tool.toolUrl("/lti/launch").toString()));
    assertThat(login.statusCode()).isEqualTo(400);
    assertThat(login.body()).contains("LTI-LOGIN-REGISTRATION-UNKNOWN");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(tool.toolUrl(path)).GET());
  }

  private HttpResponse<String> postForm(String path, String form)
      throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(tool.toolUrl(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
