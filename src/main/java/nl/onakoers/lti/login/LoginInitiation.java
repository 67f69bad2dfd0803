package nl.onakoers.lti.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.web.Printable;
import nl.onakoers.web.QueryString;

/**
 * Handles an OIDC third-party login initiation. In order:
 *
 * <ol>
 *   <li>{@code iss}, {@code login_hint} and {@code target_link_uri} are required;
 *   <li>the registration is chosen by issuer and, when sent, client_id; an issuer with several
 *       registrations needs the client_id; a registration waiting for approval is refused;
 *   <li>{@code target_link_uri} must be a URL of this tool (its base URL's origin);
 *   <li>the redirect URI is one of the tool's own, chosen by the target's path, never the target as
 *       sent;
 *   <li>a fresh state and nonce are stored for a short time;
 *   <li>the authentication request is built on the platform's auth URL, keeping its query.
 * </ol>
 *
 * <p>Thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     1EdTech Security Framework §5.1.1.2</a>
 */
@ApplicationScoped
public class LoginInitiation {

  /** How long the platform has to answer the authentication request. */
  public static final Duration STATE_LIFETIME = Duration.ofMinutes(5);

  static final String LAUNCH_PATH = "/lti/launch";
  static final String DEEP_LINK_PATH = "/lti/deep-link";
  private static final Logger LOG = Logger.getLogger(LoginInitiation.class.getName());

  private final RegistrationRepository registrations;
  private final LoginStateRepository states;
  private final Settings settings;
  private final Clock clock;

  protected LoginInitiation() {
    this(null, null, null, null);
  }

  @Inject
  public LoginInitiation(
      RegistrationRepository registrations,
      LoginStateRepository states,
      Settings settings,
      Clock clock) {
    this.registrations = registrations;
    this.states = states;
    this.settings = settings;
    this.clock = clock;
  }

  /** Validates the initiation, stores a new state and returns where to send the browser. */
  public LoginRedirect initiate(LoginRequest raw) {
    LoginRequest request = raw.normalized();
    requireParameters(request);
    Registration registration = requireActive(chooseRegistration(request));
    String redirectUri = redirectUriFor(request.targetLinkUri());

    LoginState state = newState(request, registration, redirectUri);
    states.add(state);

    LOG.log(
        Level.INFO,
        "Login initiation accepted: issuer {0}, client_id {1}, deployment {2}, storage {3}",
        new Object[] {
          registration.issuer(),
          registration.clientId(),
          Printable.of(request.deploymentId()),
          state.usesPlatformStorage() ? Printable.of(request.storageTarget()) : "none"
        });
    return new LoginRedirect(authenticationRequest(registration, state), state);
  }

  private static void requireParameters(LoginRequest request) {
    List<String> missing = new java.util.ArrayList<>();
    if (request.issuer() == null) {
      missing.add("iss");
    }
    if (request.loginHint() == null) {
      missing.add("login_hint");
    }
    if (request.targetLinkUri() == null) {
      missing.add("target_link_uri");
    }
    if (!missing.isEmpty()) {
      throw new LoginRejectedException(
          LoginError.PARAM_MISSING, "missing parameter(s) " + String.join(", ", missing));
    }
    requireFits("iss", request.issuer(), 512);
    requireFits("client_id", request.clientId(), 255);
    requireFits("login_hint", request.loginHint(), 2000);
    requireFits("target_link_uri", request.targetLinkUri(), 2000);
    requireFits("lti_message_hint", request.messageHint(), 4000);
    requireFits("lti_deployment_id", request.deploymentId(), 255);
    requireFits("lti_storage_target", request.storageTarget(), 200);
  }

  /** Limits far above what platforms send; they keep the state row within its columns. */
  private static void requireFits(String parameter, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      throw new LoginRejectedException(
          LoginError.PARAM_TOO_LONG, parameter + " is longer than " + maxLength + " characters");
    }
  }

  private Registration chooseRegistration(LoginRequest request) {
    if (request.clientId() != null) {
      return registrations
          .findByIssuerAndClientId(request.issuer(), request.clientId())
          .orElseThrow(
              () ->
                  new LoginRejectedException(
                      LoginError.REGISTRATION_UNKNOWN,
                      "no registration for issuer "
                          + request.issuer()
                          + " and client_id "
                          + request.clientId()));
    }

    List<Registration> candidates = registrations.findByIssuer(request.issuer());
    if (candidates.isEmpty()) {
      throw new LoginRejectedException(
          LoginError.REGISTRATION_UNKNOWN, "no registration for issuer " + request.issuer());
    }
    if (candidates.size() > 1) {
      throw new LoginRejectedException(
          LoginError.CLIENT_ID_REQUIRED,
          "issuer " + request.issuer() + " has several registrations and no client_id came");
    }
    return candidates.get(0);
  }

  private static Registration requireActive(Registration registration) {
    if (!registration.isActive()) {
      throw new LoginRejectedException(
          LoginError.REGISTRATION_PENDING,
          "registration "
              + registration.id()
              + " of issuer "
              + registration.issuer()
              + " and client_id "
              + registration.clientId()
              + " waits for approval");
    }
    return registration;
  }

  private String redirectUriFor(String targetLinkUri) {
    URI target;
    try {
      target = URI.create(targetLinkUri);
    } catch (IllegalArgumentException e) {
      throw new LoginRejectedException(LoginError.TARGET_INVALID, "target_link_uri is no URI");
    }
    URI base = settings.baseUrl();
    boolean sameOrigin =
        base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
            && base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
            && effectivePort(base) == effectivePort(target);
    if (!sameOrigin) {
      throw new LoginRejectedException(
          LoginError.TARGET_INVALID, "target_link_uri is not on this tool's base URL");
    }
    String path = target.getPath() == null ? "" : target.getPath();
    return settings.url(path.startsWith(DEEP_LINK_PATH) ? DEEP_LINK_PATH : LAUNCH_PATH);
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() >= 0) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  private LoginState newState(LoginRequest request, Registration registration, String redirect) {
    Instant now = Instant.now(clock);
    return new LoginState(
        SecureTokens.next(),
        SecureTokens.next(),
        registration.id(),
        request.targetLinkUri(),
        redirect,
        request.storageTarget(),
        request.loginHint(),
        request.messageHint(),
        request.deploymentId(),
        now,
        now.plus(STATE_LIFETIME),
        null);
  }

  private static URI authenticationRequest(Registration registration, LoginState state) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("scope", "openid");
    parameters.put("response_type", "id_token");
    parameters.put("response_mode", "form_post");
    parameters.put("prompt", "none");
    parameters.put("client_id", registration.clientId());
    parameters.put("redirect_uri", state.redirectUri());
    parameters.put("login_hint", state.loginHint());
    if (state.messageHint() != null) {
      parameters.put("lti_message_hint", state.messageHint());
    }
    parameters.put("state", state.state());
    parameters.put("nonce", state.nonce());

    String query = QueryString.of(parameters);
    String authUrl = registration.authUrl().toString();
    return URI.create(authUrl + (authUrl.contains("?") ? "&" : "?") + query);
  }
}
