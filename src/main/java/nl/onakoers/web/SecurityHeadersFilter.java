package nl.onakoers.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.util.Locale;
import nl.onakoers.config.Settings;

/**
 * Adds the security headers every response gets. The tool lives in an LMS iframe, so there is no
 * {@code X-Frame-Options}; {@code frame-ancestors} names the registered platforms instead. {@code
 * no-referrer} keeps the session token in page URLs from leaking to other sites.
 *
 * <p>{@code /lti/register} is framed by a platform that is not registered yet: there the origin of
 * the {@code openid_configuration} URL in the query string may frame the page as well. The body is
 * not read here, so form parameters stay for JAX-RS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  private static final String REGISTRATION_PATH = "/lti/register";
  private static final String CONFIGURATION_PARAMETER = "openid_configuration=";
  private static final String SANDBOX_PATH = "/demo";

  @Inject FrameAncestors frameAncestors;
  @Inject Settings settings;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String registering = registeringOrigin(request);
    String policy = contentSecurityPolicy(frameAncestors, registering);
    if (isSandboxPage(request)) {
      // The sandbox's course page frames the tool, which may live on another origin.
      policy += "; frame-src 'self' " + origin(settings.baseUrl().toString());
    }
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }

  /** The policy every page gets; {@code extraAncestor} may be null. */
  static String contentSecurityPolicy(FrameAncestors frameAncestors, String extraAncestor) {
    // form-action stays open: LTI forms post to each platform's own URLs (deep-link return,
    // OIDC auth), which are only known per registration.
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; "
        + "frame-ancestors "
        + String.join(" ", frameAncestors.sources())
        + (extraAncestor == null ? "" : " " + extraAncestor);
  }

  private static boolean isSandboxPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals(SANDBOX_PATH) || path.startsWith(SANDBOX_PATH + "/");
  }

  /** The origin of {@code openid_configuration} on {@code /lti/register}, else null. */
  static String registeringOrigin(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!REGISTRATION_PATH.equals(path) || request.getQueryString() == null) {
      return null;
    }
    for (String pair : request.getQueryString().split("&")) {
      if (pair.startsWith(CONFIGURATION_PARAMETER)) {
        return origin(URLDecoder.decode(pair.substring(CONFIGURATION_PARAMETER.length()), UTF_8));
      }
    }
    return null;
  }

  private static String origin(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        return null;
      }
      String host = uri.getHost();
      if (!host.matches("[A-Za-z0-9.-]+")) {
        return null;
      }
      return scheme + "://" + host + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
