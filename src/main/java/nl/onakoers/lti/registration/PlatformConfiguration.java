package nl.onakoers.lti.registration;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.PlatformKind;

/**
 * What the tool uses of a platform's OpenID configuration during a dynamic registration.
 *
 * <p>{@link #parse} checks, in this order: the body is a JSON object; {@code issuer}, {@code
 * authorization_endpoint}, {@code token_endpoint}, {@code jwks_uri} and {@code
 * registration_endpoint} are there; every URL passes {@link AddressRules}; {@code id_token} is a
 * supported response type; {@code LtiResourceLinkRequest} is a supported message.
 *
 * @param configurationUrl where the configuration was read
 * @param issuer the platform's {@code iss}
 * @param authorizationEndpoint OIDC authentication request URL
 * @param tokenEndpoint OAuth 2 token URL
 * @param jwksUri the platform's public keys
 * @param registrationEndpoint where the tool posts its registration
 * @param authorizationServer the audience of client assertions when it differs from the token URL,
 *     or {@code null}
 * @param productFamilyCode e.g. {@code moodle} or {@code canvas}; empty when not given
 * @param version the platform's version; empty when not given
 * @param scopesSupported the scopes the platform offers; empty when it does not say
 * @param messageTypes the LTI message types the platform supports
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0#platform-configuration">LTI DR 1.0
 *     §3.5</a>
 */
public record PlatformConfiguration(
    URI configurationUrl,
    String issuer,
    URI authorizationEndpoint,
    URI tokenEndpoint,
    URI jwksUri,
    URI registrationEndpoint,
    String authorizationServer,
    String productFamilyCode,
    String version,
    List<String> scopesSupported,
    List<String> messageTypes) {

  static final String PLATFORM_CONFIGURATION =
      "https://purl.imsglobal.org/spec/lti-platform-configuration";

  /**
   * @throws RegistrationRejectedException when the configuration is unusable or untrusted
   */
  public static PlatformConfiguration parse(URI configurationUrl, String json, AddressRules rules) {
    Map<String, Object> values = object(json);
    Map<String, Object> platform = optionalObject(values, PLATFORM_CONFIGURATION);
    String issuer = required(values, "issuer");
    rules.requireIssuerFits(issuer, configurationUrl);
    URI registrationEndpoint = url(values, "registration_endpoint", rules);
    rules.requireSameHost("registration_endpoint", registrationEndpoint, configurationUrl);

    PlatformConfiguration configuration =
        new PlatformConfiguration(
            configurationUrl,
            issuer,
            url(values, "authorization_endpoint", rules),
            url(values, "token_endpoint", rules),
            url(values, "jwks_uri", rules),
            registrationEndpoint,
            optionalString(values, "authorization_server"),
            orEmpty(optionalString(platform, "product_family_code")),
            orEmpty(optionalString(platform, "version")),
            strings(values, "scopes_supported"),
            messageTypes(platform));

    requireSupport(strings(values, "response_types_supported"), "id_token", "response type");
    requireSupport(configuration.messageTypes(), LtiClaims.RESOURCE_LINK_REQUEST, "message");
    return configuration;
  }

  /** The LMS product, from {@code product_family_code}. */
  public PlatformKind kind() {
    return switch (productFamilyCode.toLowerCase(Locale.ROOT)) {
      case "moodle" -> PlatformKind.MOODLE;
      case "canvas" -> PlatformKind.CANVAS;
      case "desire2learn", "d2l", "brightspace" -> PlatformKind.BRIGHTSPACE;
      case "blackboard", "blackboardlearn" -> PlatformKind.BLACKBOARD;
      case "sakai" -> PlatformKind.SAKAI;
      default -> PlatformKind.GENERIC;
    };
  }

  /** Whether the platform takes deep-linking requests. */
  public boolean supportsDeepLinking() {
    return messageTypes.contains(LtiClaims.DEEP_LINKING_REQUEST);
  }

  private static final int MAX_DISPLAY_NAME = 255;

  /** A name for administrators: product and version, then the host. */
  public String displayName() {
    String product = productFamilyCode.isEmpty() ? "LTI platform" : productFamilyCode;
    String withVersion = version.isEmpty() ? product : product + " " + version;
    String host = " (" + configurationUrl.getHost() + ")";
    // The platform chooses these texts; the tool stores a name of at most 255 characters.
    int room = Math.max(0, MAX_DISPLAY_NAME - host.length());
    return (withVersion.length() > room ? withVersion.substring(0, room) : withVersion) + host;
  }

  private static void requireSupport(List<String> supported, String needed, String what) {
    if (!supported.contains(needed)) {
      throw new RegistrationRejectedException(
          RegistrationError.PLATFORM_UNSUPPORTED,
          "platform does not support " + what + " " + needed);
    }
  }

  private static List<String> messageTypes(Map<String, Object> platform) {
    List<String> types = new ArrayList<>();
    try {
      Map<String, Object>[] messages =
          JSONObjectUtils.getJSONObjectArray(platform, "messages_supported");
      for (Map<String, Object> message : messages == null ? emptyArray() : messages) {
        String type = JSONObjectUtils.getString(message, "type");
        if (type != null) {
          types.add(type);
        }
      }
    } catch (ParseException e) {
      throw invalid("messages_supported is not a list of objects");
    }
    return List.copyOf(types);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object>[] emptyArray() {
    return new Map[0];
  }

  private static Map<String, Object> object(String json) {
    try {
      return JSONObjectUtils.parse(json);
    } catch (ParseException e) {
      throw invalid("not a JSON object");
    }
  }

  private static Map<String, Object> optionalObject(Map<String, Object> values, String name) {
    try {
      Map<String, Object> object = JSONObjectUtils.getJSONObject(values, name);
      return object == null ? Map.of() : object;
    } catch (ParseException e) {
      throw invalid(name + " is not an object");
    }
  }

  private static String required(Map<String, Object> values, String name) {
    String value = optionalString(values, name);
    if (value == null || value.isBlank()) {
      throw invalid(name + " is missing");
    }
    return value;
  }

  private static URI url(Map<String, Object> values, String name, AddressRules rules) {
    return rules.requireSecure(name, required(values, name));
  }

  private static String optionalString(Map<String, Object> values, String name) {
    try {
      return JSONObjectUtils.getString(values, name);
    } catch (ParseException e) {
      throw invalid(name + " is not a string");
    }
  }

  private static List<String> strings(Map<String, Object> values, String name) {
    try {
      List<String> list = JSONObjectUtils.getStringList(values, name);
      return list == null ? List.of() : List.copyOf(list);
    } catch (ParseException e) {
      throw invalid(name + " is not a list of strings");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static RegistrationRejectedException invalid(String detail) {
    return new RegistrationRejectedException(
        RegistrationError.CONFIGURATION_INVALID, "OpenID configuration: " + detail);
  }
}
