package nl.onakoers.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;

/**
 * Posts a {@link Score} to a line item's {@code /scores} endpoint and tells what came of it.
 *
 * <ul>
 *   <li>{@code Content-Type: application/vnd.ims.lis.v1.score+json} exactly (Moodle answers 400 to
 *       anything else).
 *   <li>200, 201 and 204 are {@link ScoreOutcome.Kind#ACCEPTED}.
 *   <li>401 drops the token and posts once more with a fresh one.
 *   <li>A token without the score scope is {@link ScoreOutcome.Kind#REJECTED} at once: only the
 *       platform's administrator can change that.
 *   <li>409 is {@link ScoreOutcome.Kind#CONFLICT}; 400, 422 and other 4xx are {@link
 *       ScoreOutcome.Kind#REJECTED} with the platform's reason when its answer gives one (see
 *       {@link PlatformReason}); 5xx, 408, 429 and transport failures are {@link
 *       ScoreOutcome.Kind#RETRY}, with the platform's {@code Retry-After} when it sent one.
 * </ul>
 *
 * <p>Thread safe. Never throws for what the platform answers.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#score-publish-service">AGS §3.4</a>
 */
@ApplicationScoped
public class ScoreSender {

  static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

  /** The reason of an outcome when no answer came: the score may or may not have landed. */
  public static final String UNREACHABLE = "platform unreachable";

  private static final Logger LOG = Logger.getLogger(ScoreSender.class.getName());

  private final ServiceCalls calls;
  private final Clock clock;

  /** For the CDI proxy only. */
  protected ScoreSender() {
    this.calls = null;
    this.clock = null;
  }

  @Inject
  public ScoreSender(AccessTokens tokens, PlatformHttp http, Clock clock) {
    this.calls = new ServiceCalls(tokens, http);
    this.clock = clock;
  }

  /** Posts the score to {@code lineItem}'s scores endpoint, query string kept. */
  public ScoreOutcome send(Registration registration, URI lineItem, Score score) {
    PlatformRequest request =
        new PlatformRequest(
            "POST",
            ServiceUrls.scores(lineItem),
            Map.of("Content-Type", SCORE_TYPE, "Accept", "application/json"),
            score.toJson());

    ScoreOutcome outcome = post(registration, request);
    LOG.log(
        outcome.isAccepted() ? Level.INFO : Level.WARNING,
        // Not the user id: the log would keep it after the person's data is erased.
        "Score {0}/{1} on {2} at registration {3}: {4}",
        new Object[] {
          score.activityProgress().specName(),
          score.gradingProgress().specName(),
          lineItem,
          registration.id(),
          outcome.reason()
        });
    return outcome;
  }

  private ScoreOutcome post(Registration registration, PlatformRequest request) {
    try {
      return outcome(calls.send(registration, LtiClaims.SCOPE_SCORE, request));
    } catch (PlatformUnreachableException e) {
      return new ScoreOutcome(ScoreOutcome.Kind.RETRY, 0, UNREACHABLE, null);
    } catch (ScopeNotGrantedException e) {
      return new ScoreOutcome(ScoreOutcome.Kind.REJECTED, e.status(), e.reason(), null);
    } catch (AccessTokenException e) {
      return new ScoreOutcome(
          ScoreOutcome.Kind.RETRY, e.status(), "access token refused: " + e.errorCode(), null);
    }
  }

  private ScoreOutcome outcome(PlatformResponse response) {
    int status = response.status();
    String reason = "HTTP " + status;
    if (status == 200 || status == 201 || status == 204) {
      return new ScoreOutcome(ScoreOutcome.Kind.ACCEPTED, status, reason, null);
    }
    if (status == 409) {
      return new ScoreOutcome(
          ScoreOutcome.Kind.CONFLICT, status, reason + ": timestamp not newer", null);
    }
    if (status >= 500 || status == 408 || status == 429 || status == 401) {
      return new ScoreOutcome(
          ScoreOutcome.Kind.RETRY, status, reason, retryAfter(response.header("Retry-After")));
    }
    String platformReason = PlatformReason.of(response);
    return new ScoreOutcome(
        ScoreOutcome.Kind.REJECTED,
        status,
        platformReason.isEmpty() ? reason : reason + ": " + platformReason,
        null);
  }

  /** {@code Retry-After} as seconds or as an HTTP date (RFC 9110 §10.2.3); null when absent. */
  Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return null;
    }
    String value = header.trim();
    if (value.matches("\\d{1,9}")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
