package nl.onakoers.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onakoers.it.StandInPlatform.Person;

/**
 * One result card over HTTP, as a participant's browser uses it: opened by a launch from the
 * stand-in platform, its form posted back with an action (save, autosave, submit, add:...).
 * Redirects are not followed, so a test sees each answer as the tool gave it.
 */
final class CardClient {

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final StandInPlatform platform;
  private final URI tool;
  private final String cardId;

  CardClient(StandInPlatform platform, URI tool, String cardId) {
    this.platform = platform;
    this.tool = tool;
    this.cardId = cardId;
  }

  /** The card page after a new launch as {@code person}, which must answer 200. */
  CardForm open(Person person) throws Exception {
    HttpResponse<String> page = get(platform.launch(person, Map.of("card", cardId)));
    assertThat(page.statusCode()).as("card page: " + page.body()).isEqualTo(200);
    return CardForm.of(page.body());
  }

  /** Posts the form's fields with the action set, as the card page and card.js do. */
  HttpResponse<String> post(Map<String, String> fields, String action) throws Exception {
    Map<String, String> body = new LinkedHashMap<>(fields);
    body.put("action", action);
    return http.send(
        HttpRequest.newBuilder(tool.resolve("app/p/cards/" + cardId))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A GET of a path on the tool, e.g. {@code app/p/cards/RK3?s=...}. */
  HttpResponse<String> get(String path) throws Exception {
    return get(tool.resolve(path));
  }

  private HttpResponse<String> get(URI uri) throws Exception {
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }
}
