package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Evidence over HTTP on Payara Micro: a participant uploads a PNG to RK7 with the plain multipart
 * form, sees it listed, downloads it; the course's coach may download it, another learner and the
 * same user on another platform get 404; hostile uploads are refused and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceUploadIT {

  private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef";
  private static final String TOOL = "http://localhost:8080";
  private static final Map<String, String> RK7 = Map.of("card", "RK7");
  private static final Person SAM = Person.learner("user-42", "Sam Student");
  private static final Person LINA = Person.learner("user-43", "Lina Learner");
  private static final Person TINA = new Person("teacher-1", "Tina Teacher", "Instructor");
  private static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };
  private static final Pattern TOKEN = Pattern.compile("name=\"s\" value=\"([^\"]+)\"");
  private static final Pattern DOWNLOAD =
      Pattern.compile("href=\"/app/evidence/([0-9a-f-]{36})\\?s=");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private StandInPlatform platform;
  private StandInPlatform otherPlatform;

  @ArquillianResource URL deployed;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.builtWar();
  }

  /** Called by each test: Arquillian injects the deployment URL only when the test runs. */
  private void givenARegisteredPlatform() throws Exception {
    platform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
  }

  @AfterEach
  void stopPlatforms() {
    if (platform != null) {
      platform.close();
    }
    if (otherPlatform != null) {
      otherPlatform.close();
    }
  }

  @Test
  void aParticipantUploadsSeesAndDownloadsAPngThatOthersCannotReach() throws Exception {
    givenARegisteredPlatform();
    String sam = token(openCard(platform, SAM));

    HttpResponse<String> uploaded = upload(sam, "cv", "../../etc/passwd.png", PNG);

    assertThat(uploaded.statusCode()).as("upload: " + uploaded.body()).isEqualTo(200);
    assertThat(uploaded.body()).contains("Het bestand is toegevoegd.").contains(">passwd.png</a>");
    String page = openCard(platform, SAM);
    String id = fileId(page);
    HttpResponse<byte[]> own = download(id, token(page));
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).isEqualTo(PNG);
    assertThat(own.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("inline; filename=\"passwd.png\"");

    String lina = token(openCard(platform, LINA));
    otherPlatform = new StandInPlatform(Deployments.loopback(deployed), TOOL, ADMIN_TOKEN);
    String samElsewhere = token(openCard(otherPlatform, SAM));
    String coach = StandInPlatform.query(platform.launch(TINA, Map.of())).get("s");

    assertThat(download(id, lina).statusCode()).as("another learner").isEqualTo(404);
    assertThat(download(id, samElsewhere).statusCode()).as("another platform").isEqualTo(404);
    assertThat(download(id, "not-a-session").statusCode()).as("no session").isEqualTo(401);
    assertThat(download(id, coach).statusCode()).as("the course's coach").isEqualTo(200);
    assertThat(openCard(platform, LINA)).doesNotContain("passwd.png");
  }

  @Test
  void hostileUploadsAreRefusedAndNothingIsStored() throws Exception {
    givenARegisteredPlatform();
    String sam = token(openCard(platform, SAM));
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> disguised = upload(sam, "cv", "photo.png", html);
    HttpResponse<String> empty = upload(sam, "cv", "empty.png", new byte[0]);
    HttpResponse<String> wrongField = upload(sam, "taal", "a.png", PNG);
    HttpResponse<String> noSession = upload("not-a-session", "cv", "a.png", PNG);
    Integer oversize = uploadStatus(sam, new byte[6 * 1024 * 1024]);

    assertThat(disguised.statusCode()).as("HTML named .png").isEqualTo(415);
    assertThat(disguised.body()).contains("Dit soort bestand kan niet.");
    assertThat(empty.statusCode()).as("zero bytes").isEqualTo(400);
    assertThat(wrongField.statusCode()).as("not an evidence field").isEqualTo(404);
    assertThat(noSession.statusCode()).as("no session").isEqualTo(401);
    assertThat(oversize).as("6 MB (null: the tool closed the connection)").isIn(413, null);
    assertThat(openCard(platform, SAM)).doesNotContain("href=\"/app/evidence/");
  }

  @Test
  void theOwnerRemovesAFileAndItIsGone() throws Exception {
    givenARegisteredPlatform();
    String sam = token(openCard(platform, SAM));
    upload(sam, "brief", "brief.png", PNG);
    String page = openCard(platform, SAM);
    String id = fileId(page);
    String lina = token(openCard(platform, LINA));

    HttpResponse<String> byLina = remove(id, lina);
    HttpResponse<String> bySam = remove(id, token(page));

    assertThat(byLina.statusCode()).as("another learner removes").isEqualTo(404);
    assertThat(bySam.statusCode()).isEqualTo(200);
    assertThat(bySam.body()).contains("Het bestand is weggehaald.");
    assertThat(download(id, token(page)).statusCode()).isEqualTo(404);
  }

  private String openCard(StandInPlatform on, Person person) throws Exception {
    URI first = on.launch(person, RK7);
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(first).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("card page: " + page.body()).isEqualTo(200);
    return page.body();
  }

  private static String token(String html) {
    Matcher m = TOKEN.matcher(html);
    assertThat(m.find()).as("session token in the page").isTrue();
    return m.group(1);
  }

  private static String fileId(String html) {
    Matcher m = DOWNLOAD.matcher(html);
    assertThat(m.find()).as("a download link in the page").isTrue();
    return m.group(1);
  }

  private HttpResponse<String> upload(String token, String field, String name, byte[] content)
      throws Exception {
    return http.send(
        uploadRequest(token, field, name, content), HttpResponse.BodyHandlers.ofString());
  }

  /** The status of an oversize upload, or null when the tool stopped reading and hung up. */
  private Integer uploadStatus(String token, byte[] content) throws Exception {
    try {
      return http.send(
              uploadRequest(token, "cv", "big.png", content),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return null;
    }
  }

  private HttpRequest uploadRequest(String token, String field, String name, byte[] content) {
    String boundary = "----it-b0undary";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"s\"\r\n\r\n"
            + token
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\n"
            + field
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: image/png\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(tool().resolve("app/evidence/cards/RK7"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .build();
  }

  private HttpResponse<byte[]> download(String id, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool().resolve("app/evidence/" + id + "?s=" + token)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> remove(String id, String token) throws Exception {
    return http.send(
        HttpRequest.newBuilder(tool().resolve("app/evidence/" + id + "/delete"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(Map.of("s", token))))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private URI tool() {
    return Deployments.loopback(deployed);
  }
}
