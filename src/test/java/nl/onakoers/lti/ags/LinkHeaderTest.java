package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkHeaderTest {

  @Test
  void nextIsFoundInMoodlesMalformedHeader() {
    String moodle = StubPlatform.fixtureResponse("ags-lineitems-get-paged.json").header("Link");

    assertThat(LinkHeader.next(List.of(moodle)))
        .contains(
            URI.create(
                "http://127.0.0.1:8081/mod/lti/services.php/2/lineitems?type_id=2&limit=1&from=1"));
  }

  @Test
  void nextIsFoundInAWellFormedHeader() {
    String header =
        "<https://lms.example/items?page=1>; rel=\"prev\","
            + " <https://lms.example/items?page=3>; title=\"x\"; rel=\"next\"";

    assertThat(LinkHeader.next(List.of(header)))
        .contains(URI.create("https://lms.example/items?page=3"));
  }

  @Test
  void nextIsFoundAmongSeveralRelsAndHeaderValues() {
    List<String> headers =
        List.of("<https://lms.example/a>; rel=first", "<https://lms.example/b>; rel=\"last next\"");

    assertThat(LinkHeader.next(headers)).contains(URI.create("https://lms.example/b"));
  }

  @Test
  void lastPageHasNoNext() {
    String header =
        "<https://lms.example/a>; rel=“first”, " + "<https://lms.example/c>; rel=“last”";

    assertThat(LinkHeader.next(List.of(header))).isEmpty();
    assertThat(LinkHeader.next(List.of())).isEmpty();
  }
}
