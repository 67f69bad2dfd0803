package nl.onakoers.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.onakoers.it.StandInPlatform.Person;

/**
 * Launches a learner into a locally running tool and prints the first page's URL, for looking at
 * the participant pages in a browser. Fills part of card RK3 so the card page has something in it.
 *
 * <p>Usage: {@code LocalLaunch http://localhost:18095 <admin token>}.
 */
public final class LocalLaunch {

  private LocalLaunch() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    StandInPlatform platform = new StandInPlatform(URI.create(base + "/"), base, args[1]);
    URI start = platform.launch(Person.learner("user-42", "Sam Student"), Map.of());
    String token = start.getQuery().substring("s=".length());

    Map<String, String> draft = new LinkedHashMap<>();
    draft.put("s", token);
    draft.put("version", "0");
    draft.put("action", "save");
    draft.put("f.wensberoep", "Monteur zonnepanelen");
    draft.put("f.sector", "techniek");
    draft.put("n.eisen", "1");
    draft.put("f.eisen.0.eis", "VCA-certificaat");
    draft.put("f.eisen.0.heb-ik", "nee");
    HttpResponse<String> saved =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/app/p/cards/RK3"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(StandInPlatform.form(draft)))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    System.out.println("draft saved: " + saved.statusCode());
    System.out.println(start);
    platform.close();
  }
}
