package nl.onakoers.lti.launch;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.login.LoginStateRepository;
import nl.onakoers.lti.platform.PlatformKeys;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.web.Printable;

/**
 * Validates an LTI 1.3 launch: the id_token and state a platform's page posted to {@code
 * /lti/launch} or {@code /lti/deep-link}. The steps run in this order and the first failure stops
 * the launch with its own {@link LaunchError}:
 *
 * <ol>
 *   <li>the state is known, not expired, not used, and bound to this browser (cookie or platform
 *       storage proof);
 *   <li>the state is spent, atomically: a replay fails with STATE_USED;
 *   <li>the id_token is present, at most 64 KiB, and a signed JWT;
 *   <li>the login's registration exists;
 *   <li>the signature is RS256 by a key the platform publishes;
 *   <li>{@code iss} is the registration's issuer; {@code aud} holds its client_id, and {@code azp}
 *       is right;
 *   <li>{@code exp}, {@code iat} and {@code nbf} hold with {@link
 *       TokenClaimChecks#CLOCK_SKEW_LEEWAY};
 *   <li>{@code nonce} is the login's;
 *   <li>stored identifiers ({@code sub}, deployment, context, resource link, roles) fit;
 *   <li>{@code deployment_id} is active (an unknown one is recorded first);
 *   <li>{@code version} is 1.3.0 and {@code message_type} fits the endpoint;
 *   <li>the claims that message type needs are present and well typed;
 *   <li>{@code target_link_uri} is the one the login initiation named.
 * </ol>
 *
 * <p>Each acceptance and rejection is logged in one line with issuer, client_id and what else is
 * known; never the id_token, state, nonce or keys.
 *
 * <p>Thread safe when its repositories are.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0#authentication-response-validation">
 *     1EdTech Security Framework §5.1.3</a>
 */
public class LaunchValidator {

  private static final Logger LOG = Logger.getLogger(LaunchValidator.class.getName());

  private final List<LaunchCheck> checks;

  /**
   * @param loginStates issued states, not null
   * @param registrations registrations and deployments, not null
   * @param platformKeys the platform key cache, not null
   * @param clock the application clock, not null
   */
  public LaunchValidator(
      LoginStateRepository loginStates,
      RegistrationRepository registrations,
      PlatformKeys platformKeys,
      Clock clock) {
    Objects.requireNonNull(loginStates, "loginStates");
    Objects.requireNonNull(registrations, "registrations");
    Objects.requireNonNull(platformKeys, "platformKeys");
    Objects.requireNonNull(clock, "clock");
    this.checks =
        List.of(
            new StateChecks.Known(loginStates),
            new StateChecks.NotExpired(clock),
            new StateChecks.NotUsed(),
            new StateChecks.BoundToBrowser(),
            new StateChecks.Spend(loginStates, clock),
            new TokenChecks.Present(),
            new TokenChecks.WellFormed(),
            new RegistrationCheck(registrations),
            new SignatureCheck(platformKeys),
            new TokenClaimChecks.IssuerMatches(),
            new TokenClaimChecks.AudienceContainsClient(),
            new TokenClaimChecks.NotExpired(clock),
            new TokenClaimChecks.NotIssuedInFuture(clock),
            new TokenClaimChecks.AlreadyValid(clock),
            new TokenClaimChecks.NonceMatches(),
            new ClaimSizes(),
            new DeploymentCheck(registrations, clock),
            new MessageChecks.VersionSupported(),
            new MessageChecks.TypeFitsEndpoint(),
            new MessageChecks.ResourceLinkClaims(),
            new MessageChecks.DeepLinkingClaims(),
            new MessageChecks.TargetLinkMatches());
  }

  /**
   * @param request what was posted, not null
   * @return the accepted launch
   * @throws LaunchRejectedException when any step refuses it
   */
  public ValidatedLaunch validate(LaunchRequest request) {
    LaunchContext launch = new LaunchContext(request);
    try {
      runChecks(launch);
    } catch (LaunchRejectedException e) {
      logRejection(launch, e);
      throw e;
    }

    ValidatedLaunch validated = accepted(launch);
    logAcceptance(validated);
    return validated;
  }

  private void runChecks(LaunchContext launch) {
    for (LaunchCheck check : checks) {
      if (check.appliesTo(launch)) {
        check.check(launch);
      }
    }
  }

  private static ValidatedLaunch accepted(LaunchContext launch) {
    return new ValidatedLaunch(
        launch.registration(),
        launch.deployment(),
        launch.messageType(),
        LaunchClaims.of(launch.claims()));
  }

  private static void logAcceptance(ValidatedLaunch launch) {
    LOG.log(
        Level.INFO,
        "Launch accepted: issuer {0}, client_id {1}, deployment {2}, {3}, resource link {4}",
        new Object[] {
          launch.registration().issuer(),
          launch.registration().clientId(),
          launch.deployment().deploymentId(),
          launch.messageType(),
          launch.claims().resourceLink().map(LaunchClaims.ResourceLink::id).orElse("-")
        });
  }

  /** The mapper writes the one log line, with these identifiers and the page's reference. */
  private static void logRejection(LaunchContext launch, LaunchRejectedException e) {
    e.attachLogContext(
        "at "
            + launch.request().endpoint().path()
            + "; registration "
            + registrationOf(launch)
            + claimed(launch));
  }

  /** What the token claims, once parsed: unverified, so only for the operator's eyes. */
  private static String claimed(LaunchContext launch) {
    if (!launch.hasClaims()) {
      return "";
    }
    JsonValues claims = launch.claimValues();
    return "; issuer "
        + Printable.of(claims.string("iss"))
        + ", client_id "
        + Printable.of(launch.hasRegistration() ? launch.registration().clientId() : "-")
        + ", deployment "
        + Printable.of(claims.string(LtiClaims.DEPLOYMENT_ID))
        + ", "
        + Printable.of(claims.string(LtiClaims.MESSAGE_TYPE));
  }

  private static String registrationOf(LaunchContext launch) {
    return launch.hasLoginState() ? launch.loginState().registrationId() : "-";
  }
}
