package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Issue 2: any unhandled error is a styled 500 page with a reference, never the error itself. */
class UnhandledErrorMapperTest {

  private static final String SECRET = "password=hunter2-of-the-database";
  private static final Pattern REFERENCE = Pattern.compile("ONA-[2-9A-HJ-NP-Z]{6}");

  private final UnhandledErrorMapper mapper = TestErrorMappers.unhandledErrorMapper();

  @Test
  void unexpectedExceptionBecomesA500PageWithAReferenceAndAGenericText() {
    Response response = mapper.toResponse(new RuntimeException("connect failed: " + SECRET));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType().toString()).startsWith("text/html");
    String body = (String) response.getEntity();
    assertThat(REFERENCE.matcher(body).find()).as("a reference code on the page").isTrue();
    assertThat(body).contains(Messages.forLanguage(null).get("error.internal.text"));
  }

  @Test
  void pageShowsNeitherTheMessageNorAStackTrace() {
    RuntimeException error = new RuntimeException("connect failed: " + SECRET);

    String body = (String) mapper.toResponse(error).getEntity();

    assertThat(body)
        .doesNotContain(SECRET)
        .doesNotContain("hunter2")
        .doesNotContain("RuntimeException")
        .doesNotContain(getClass().getName())
        .doesNotContain("\tat ");
  }

  @Test
  void logLineCarriesTheReferenceThatThePageShows() {
    RuntimeException error = new RuntimeException("connect failed: " + SECRET);
    Response response;
    List<LogRecord> lines;
    try (CapturedLog log = CapturedLog.ofTool()) {
      response = mapper.toResponse(error);
      lines = log.of(UnhandledErrorMapper.class);
    }

    Matcher onPage = REFERENCE.matcher((String) response.getEntity());
    assertThat(onPage.find()).isTrue();
    assertThat(lines).hasSize(1);
    LogRecord line = lines.get(0);
    assertThat(line.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(CapturedLog.line(line)).contains(onPage.group());
    assertThat(line.getThrown()).as("the cause is for the log").isSameAs(error);
  }

  @Test
  void everyErrorGetsItsOwnReference() {
    String first = reference(mapper.toResponse(new IllegalStateException("one")));
    String second = reference(mapper.toResponse(new IllegalStateException("two")));

    assertThat(first).isNotEqualTo(second);
  }

  private static String reference(Response response) {
    Matcher matcher = REFERENCE.matcher((String) response.getEntity());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}
