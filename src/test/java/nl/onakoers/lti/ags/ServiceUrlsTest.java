package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceUrlsTest {

  private static final URI MOODLE_ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem?type_id=2");

  @Test
  void scoresGoesBeforeTheQueryString() {
    assertThat(ServiceUrls.scores(MOODLE_ITEM))
        .hasToString(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem/scores?type_id=2");
    assertThat(ServiceUrls.results(MOODLE_ITEM))
        .hasToString(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/3/lineitem/results?type_id=2");
  }

  @Test
  void scoresOfAUrlWithoutQueryOrWithATrailingSlash() {
    assertThat(ServiceUrls.scores(URI.create("https://lms.example/api/items/7")))
        .hasToString("https://lms.example/api/items/7/scores");
    assertThat(ServiceUrls.scores(URI.create("https://lms.example/api/items/7/?a=1&b=2")))
        .hasToString("https://lms.example/api/items/7/scores?a=1&b=2");
  }

  @Test
  void parametersAreAddedAfterTheExistingQuery() {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("resource_id", "RK 2");
    filters.put("tag", "resultaatkaart");
    filters.put("resource_link_id", null);

    assertThat(
            ServiceUrls.withParameters(
                URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2"),
                filters))
        .hasToString(
            "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems"
                + "?type_id=2&resource_id=RK%202&tag=resultaatkaart");
    assertThat(ServiceUrls.withParameters(URI.create("https://lms.example/items"), filters))
        .hasToString("https://lms.example/items?resource_id=RK%202&tag=resultaatkaart");
  }
}
