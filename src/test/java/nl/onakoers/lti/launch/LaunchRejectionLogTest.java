package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.logging.LogRecord;
import nl.onakoers.web.CapturedLog;
import nl.onakoers.web.ProtocolRejectionMapper;
import nl.onakoers.web.TestErrorMappers;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: a refused launch writes one log line with issuer, client_id, deployment_id, message
 * type, code and reference, and never the id_token, state or nonce.
 */
class LaunchRejectionLogTest {

  private final TestTool tool = TestTool.forTestPlatform();
  private final ProtocolRejectionMapper mapper = TestErrorMappers.protocolRejectionMapper();

  private final String token =
      TestLaunches.resourceLink().withClaim(LtiClaims.VERSION, "1.1.0").sign();
  private final String state = tool.issueState();

  LaunchRejectionLogTest() {
    // The platform keys are fetched (and logged) once, before the launch under test.
    tool.launch(TestLaunches.resourceLink().sign());
  }

  @Test
  void refusedLaunchIsOneLogLineNamingWhoSentWhatAndWhy() {
    Logged logged = refuse();

    assertThat(logged.lines()).hasSize(1);
    assertThat(CapturedLog.line(logged.lines().get(0)))
        .contains(TestLaunches.ISSUER)
        .contains(TestLaunches.CLIENT_ID)
        .contains(TestLaunches.DEPLOYMENT_ID)
        .contains(LtiClaims.RESOURCE_LINK_REQUEST)
        .contains(LaunchError.VERSION_UNSUPPORTED.code())
        .contains(logged.reference());
  }

  @Test
  void logLineHoldsNeitherTheTokenNorTheStateNorTheNonce() {
    Logged logged = refuse();

    String lines = String.join("\n", logged.lines().stream().map(CapturedLog::line).toList());
    String[] parts = token.split("\\.");
    assertThat(lines)
        .doesNotContain(parts[0])
        .doesNotContain(parts[1])
        .doesNotContain(parts[2])
        .doesNotContain(state)
        .doesNotContain(TestLaunches.NONCE);
    assertThat(logged.lines()).allSatisfy(line -> assertThat(line.getThrown()).isNull());
  }

  @Test
  void pageShowsTheCodeAndTheReferenceOfTheLogLine() {
    Logged logged = refuse();

    assertThat(logged.response().getStatus()).isEqualTo(400);
    assertThat((String) logged.response().getEntity())
        .contains(LaunchError.VERSION_UNSUPPORTED.code())
        .contains(logged.reference());
  }

  private record Logged(Response response, List<LogRecord> lines, String reference) {}

  /** Runs the launch through the real validator and the mapper, as the container would. */
  private Logged refuse() {
    try (CapturedLog log = CapturedLog.ofTool()) {
      LaunchRejectedException rejection =
          catchThrowableOfType(
              LaunchRejectedException.class,
              () ->
                  tool.validator.validate(
                      new LaunchRequest(token, state, state, null, LaunchEndpoint.RESOURCE_LINK)));
      assertThat(rejection.error()).isEqualTo(LaunchError.VERSION_UNSUPPORTED);
      Response response = mapper.toResponse(rejection);
      String page = (String) response.getEntity();
      java.util.regex.Matcher reference =
          java.util.regex.Pattern.compile("ONA-[2-9A-HJ-NP-Z]{6}").matcher(page);
      assertThat(reference.find()).isTrue();
      return new Logged(response, log.records(), reference.group());
    }
  }
}
