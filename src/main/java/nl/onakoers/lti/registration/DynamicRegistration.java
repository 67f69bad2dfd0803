package nl.onakoers.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.DuplicateRegistrationException;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.platform.RegistrationStatus;
import nl.onakoers.web.ToolUrls;

/**
 * The two steps of a dynamic registration. {@link #inspect} reads and checks the platform's OpenID
 * configuration, for the confirmation page. {@link #register} reads it again (the page's hidden
 * fields carry only the URL and the token), posts the tool's registration, and stores the
 * registration and the returned deployment as pending, or both active with {@code
 * ONA_REGISTRATION_AUTO_APPROVE=true}. A pending platform cannot start logins or frame the tool
 * until an administrator approves it.
 *
 * <p>The origin of the configuration URL becomes an extra frame origin of the registration when it
 * differs from the issuer's: a hosted Canvas school is reached at its own domain, which frames the
 * tool, while its issuer is the shared {@code https://canvas.instructure.com}.
 *
 * <p>The registration token is passed through and never stored or logged. Thread safe.
 */
@ApplicationScoped
public class DynamicRegistration {

  private static final Logger LOG = Logger.getLogger(DynamicRegistration.class.getName());

  private final PlatformClient platforms;
  private final AddressRules rules;
  private final RegistrationRepository registrations;
  private final RegisteredFrameAncestors frameAncestors;
  private final Settings settings;
  private final Clock clock;

  protected DynamicRegistration() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public DynamicRegistration(
      PlatformClient platforms,
      RegistrationRepository registrations,
      RegisteredFrameAncestors frameAncestors,
      Settings settings,
      Clock clock) {
    this(platforms, new AddressRules(), registrations, frameAncestors, settings, clock);
  }

  DynamicRegistration(
      PlatformClient platforms,
      AddressRules rules,
      RegistrationRepository registrations,
      RegisteredFrameAncestors frameAncestors,
      Settings settings,
      Clock clock) {
    this.platforms = platforms;
    this.rules = rules;
    this.registrations = registrations;
    this.frameAncestors = frameAncestors;
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * @param configurationUrl the {@code openid_configuration} parameter
   * @param token the {@code registration_token} parameter, may be null
   * @throws RegistrationRejectedException when the platform cannot be registered
   */
  public PlatformConfiguration inspect(String configurationUrl, String token) {
    if (configurationUrl == null || configurationUrl.isBlank()) {
      throw new RegistrationRejectedException(
          RegistrationError.PARAM_MISSING, "openid_configuration is missing");
    }
    URI url = rules.requireSecure("openid_configuration", configurationUrl);

    String json = platforms.fetchConfiguration(url, token);
    return PlatformConfiguration.parse(url, json, rules);
  }

  /**
   * @throws RegistrationRejectedException when the platform cannot be registered
   */
  public Registration register(String configurationUrl, String token) {
    PlatformConfiguration platform = inspect(configurationUrl, token);
    String body = JSONObjectUtils.toJSONString(ToolRegistrationRequest.body(urls(), platform));

    String answer = platforms.register(platform.registrationEndpoint(), token, body);
    RegistrationAnswer registered = RegistrationAnswer.parse(answer);
    Registration registration = store(platform, registered);

    log(registration, registered.deploymentId());
    return registration;
  }

  private Registration store(PlatformConfiguration platform, RegistrationAnswer answer) {
    boolean autoApprove = settings.isTrue(Setting.REGISTRATION_AUTO_APPROVE);
    Registration registration = toRegistration(platform, answer.clientId(), autoApprove);
    try {
      registrations.save(registration);
    } catch (DuplicateRegistrationException e) {
      throw new RegistrationRejectedException(
          RegistrationError.ALREADY_REGISTERED,
          "issuer " + platform.issuer() + " and client_id " + answer.clientId() + " exist");
    } finally {
      frameAncestors.forget();
    }
    if (answer.deploymentId() != null) {
      DeploymentStatus status = autoApprove ? DeploymentStatus.ACTIVE : DeploymentStatus.PENDING;
      registrations.recordDeployment(
          new Deployment(registration.id(), answer.deploymentId(), status, "", clock.instant()));
    }
    return registration;
  }

  private Registration toRegistration(
      PlatformConfiguration platform, String clientId, boolean autoApprove) {
    return new Registration(
        UUID.randomUUID().toString(),
        platform.issuer(),
        clientId,
        platform.authorizationEndpoint(),
        platform.tokenEndpoint(),
        platform.authorizationServer(),
        platform.jwksUri(),
        platform.displayName(),
        platform.kind(),
        autoApprove,
        clock.instant(),
        autoApprove ? RegistrationStatus.ACTIVE : RegistrationStatus.PENDING,
        extraFrameOrigins(platform.issuer(), platform.configurationUrl()));
  }

  /** The configuration URL's origin when it is not the issuer's: the LMS's own web address. */
  static List<String> extraFrameOrigins(String issuer, URI configurationUrl) {
    String lmsOrigin = Registration.originOf(configurationUrl);
    boolean same = lmsOrigin.equalsIgnoreCase(Registration.originOf(URI.create(issuer)));
    return same ? List.of() : List.of(lmsOrigin);
  }

  private ToolUrls urls() {
    return ToolUrls.from(settings);
  }

  private void log(Registration registration, String deploymentId) {
    LOG.log(
        Level.INFO,
        "Dynamic registration stored: registration {0}, issuer {1}, client_id {2},"
            + " deployment_id {3}, status {4}, frame origins {5}",
        new Object[] {
          registration.id(),
          registration.issuer(),
          registration.clientId(),
          deploymentId == null ? "-" : deploymentId,
          registration.isActive() ? "active" : "pending",
          registration.frameOrigins().isEmpty() ? "-" : registration.frameOrigins()
        });
  }

  /** What the tool reads of the platform's answer. */
  record RegistrationAnswer(String clientId, String deploymentId) {

    /** The longest client_id and deployment_id the tool stores. */
    static final int MAX_ID = 255;

    static RegistrationAnswer parse(String json) {
      try {
        Map<String, Object> values = JSONObjectUtils.parse(json);
        Object clientId = values.get("client_id");
        if (!(clientId instanceof String id) || id.isBlank()) {
          throw invalid("client_id is missing");
        }
        Map<String, Object> tool =
            JSONObjectUtils.getJSONObject(values, ToolRegistrationRequest.TOOL_CONFIGURATION);
        Object deploymentId = tool == null ? null : tool.get("deployment_id");
        String deployment = deploymentId == null ? null : text(deploymentId);
        // Refused here, before anything is stored: the columns hold no more.
        if (id.length() > MAX_ID || (deployment != null && deployment.length() > MAX_ID)) {
          throw invalid("client_id or deployment_id longer than " + MAX_ID + " characters");
        }
        return new RegistrationAnswer(id, deployment);
      } catch (ParseException e) {
        throw invalid("not a JSON object");
      }
    }

    private static String text(Object value) {
      return value instanceof Number number ? String.valueOf(number.longValue()) : value.toString();
    }

    private static RegistrationRejectedException invalid(String detail) {
      return new RegistrationRejectedException(
          RegistrationError.ANSWER_INVALID, "registration answer: " + detail);
    }
  }
}
