package nl.onakoers.demo;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tool's OIDC authentication request to the sandbox, checked as a platform does:
 *
 * <ol>
 *   <li>{@code client_id} is the sandbox's and {@code redirect_uri} one of the tool's two redirect
 *       URIs; otherwise the answer must not go back to it ({@link #isReturnable()} is false);
 *   <li>{@code scope=openid}, {@code response_type=id_token}, {@code response_mode=form_post},
 *       {@code prompt=none}, a {@code nonce} and a {@code state};
 *   <li>{@code login_hint} is a person of the course, {@code lti_message_hint} a link of it or the
 *       deep-linking request, and the redirect URI fits the message.
 * </ol>
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     1EdTech Security Framework §5.1.1.2</a>
 */
public record AuthenticationRequest(
    String clientId,
    String redirectUri,
    String scope,
    String responseType,
    String responseMode,
    String prompt,
    String loginHint,
    String messageHint,
    String state,
    String nonce) {

  /** The message hint of a deep-linking request; any other hint names a link. */
  public static final String DEEP_LINK_HINT = "deep-link";

  public static AuthenticationRequest of(MultivaluedMap<String, String> p) {
    return new AuthenticationRequest(
        p.getFirst("client_id"),
        p.getFirst("redirect_uri"),
        p.getFirst("scope"),
        p.getFirst("response_type"),
        p.getFirst("response_mode"),
        p.getFirst("prompt"),
        p.getFirst("login_hint"),
        p.getFirst("lti_message_hint"),
        p.getFirst("state"),
        p.getFirst("nonce"));
  }

  /** Whether an answer, even an error, may be posted to the redirect URI. */
  public boolean isReturnable(DemoMode mode) {
    return DemoMode.CLIENT_ID.equals(clientId)
        && redirectUri != null
        && redirectUris(mode).contains(redirectUri);
  }

  public boolean isDeepLinking() {
    return DEEP_LINK_HINT.equals(messageHint);
  }

  /**
   * @return the OIDC error code to post back, or {@code null} when the request is fine
   */
  public String problem(DemoMode mode) {
    if (scope == null || !List.of(scope.split(" ")).contains("openid")) {
      return "invalid_scope";
    }
    if (!"id_token".equals(responseType)) {
      return "unsupported_response_type";
    }
    if (!"form_post".equals(responseMode) || !"none".equals(prompt)) {
      return "invalid_request";
    }
    if (isBlank(nonce) || isBlank(state) || isBlank(messageHint)) {
      return "invalid_request";
    }
    if (DemoCourse.person(loginHint).isEmpty()) {
      return "login_required";
    }
    String expectedPath = isDeepLinking() ? "/lti/deep-link" : "/lti/launch";
    return redirectUri.equals(mode.toolUrl(expectedPath)) ? null : "invalid_request";
  }

  /**
   * The fields to post back: {@code name=value} and the request's {@code state}, left out when the
   * request had none.
   */
  public Map<String, String> answer(String name, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(name, value);
    if (state != null) {
      fields.put("state", state);
    }
    return fields;
  }

  private static Set<String> redirectUris(DemoMode mode) {
    return Set.of(mode.toolUrl("/lti/launch"), mode.toolUrl("/lti/deep-link"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
