package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.it.StandInPlatform.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deep-linking round trip on Payara Micro: the stand-in platform sends an {@code
 * LtiDeepLinkingRequest}, the coach picks a card and a module, and the page posts a response JWT
 * that verifies with the tool's published JWKS. Learners and other sessions are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeepLinkingIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Person COACH = new Person("teacher-1", "Tess Teacher", "Instructor");
  private static final Person LEARNER = Person.learner("user-42", "Sam Student");
  private static final Pattern SESSION_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"s\" value=\"([^\"]+)\">");
  private static final Pattern JWT_FIELD =
      Pattern.compile("<input type=\"hidden\" name=\"JWT\" value=\"([^\"]+)\">");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;
  private URI tool;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  private void givenARegisteredPlatform() throws Exception {
    tool = Deployments.loopback(deployed);
    platform = new StandInPlatform(tool, TOOL, ADMIN_TOKEN);
  }

  @AfterEach
  void stopPlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void coachPicksACardAndAModuleAndTheResponseVerifiesWithTheToolJwks() throws Exception {
    givenARegisteredPlatform();
    String returnUrl = platform.issuer() + "/deep-link-return";
    HttpResponse<String> picker = get(platform.deepLink(COACH, returnUrl, true));
    assertThat(picker.statusCode()).as("picker status").isEqualTo(200);
    assertThat(picker.body()).contains("type=\"checkbox\" name=\"item\" value=\"RK3\"");

    HttpResponse<String> answer =
        post("app/deep-link", "s=" + match(SESSION_FIELD, picker.body()) + "&item=RK3&item=M1");

    assertThat(answer.statusCode()).as("auto-post page status").isEqualTo(200);
    assertThat(answer.body())
        .contains("action=\"" + returnUrl + "\"")
        .contains("<script src=\"/static/deep-link-return.js\"></script>");
    SignedJWT jwt = SignedJWT.parse(match(JWT_FIELD, answer.body()));
    RSAKey key = (RSAKey) toolJwks().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature").isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(platform.clientId());
    assertThat(claims.getAudience()).containsExactly(platform.issuer());
    assertThat(claims.getClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"))
        .isEqualTo("stand-in-data");
    List<Object> items =
        claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
    assertThat(items).hasSize(2);
    assertThat(((Map<?, ?>) items.get(0)).get("url")).isEqualTo(TOOL + "/lti/launch");
    assertThat(((Map<?, ?>) items.get(0)).get("custom")).isEqualTo(Map.of("card", "RK3"));
  }

  @Test
  void learnerGetsNoPickerAndCannotPostAChoice() throws Exception {
    givenARegisteredPlatform();
    URI page = platform.deepLink(LEARNER, platform.issuer() + "/return", true);

    HttpResponse<String> picker = get(page);
    HttpResponse<String> posted = post("app/deep-link", page.getRawQuery() + "&item=RK3");

    assertThat(picker.statusCode()).as("learner at the picker").isEqualTo(403);
    assertThat(posted.statusCode()).as("learner posting a choice").isEqualTo(403);
    assertThat(posted.body()).doesNotContain("name=\"JWT\"");
  }

  @Test
  void emptyChoiceWrongSessionAndUnknownTokenAreRefused() throws Exception {
    givenARegisteredPlatform();
    URI picker = platform.deepLink(COACH, platform.issuer() + "/return", false);
    URI resourceLink = platform.launch(COACH, Map.of());

    HttpResponse<String> empty = post("app/deep-link", picker.getRawQuery());
    HttpResponse<String> wrongType = post("app/deep-link", resourceLink.getRawQuery() + "&item=M1");
    HttpResponse<String> unknown = post("app/deep-link", "s=no-such-session&item=M1");

    assertThat(empty.statusCode()).as("empty choice").isEqualTo(400);
    assertThat(wrongType.statusCode()).as("resource-link session").isEqualTo(400);
    assertThat(unknown.statusCode()).as("unknown session").isEqualTo(401);
  }

  private JWKSet toolJwks() throws Exception {
    return JWKSet.parse(get(tool.resolve("lti/jwks")).body());
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String match(Pattern pattern, String html) {
    Matcher matcher = pattern.matcher(html);
    assertThat(matcher.find()).as(pattern.pattern()).isTrue();
    return matcher.group(1);
  }
}
