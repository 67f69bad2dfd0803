package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Adds the security headers every response gets. The tool lives in an LMS iframe, so there is no
 * {@code X-Frame-Options}; {@code frame-ancestors} names the registered platforms instead. {@code
 * no-referrer} keeps the session token in page URLs from leaking to other sites.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

  @Inject FrameAncestors frameAncestors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("Content-Security-Policy", contentSecurityPolicy());
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
    chain.doFilter(request, response);
  }

  private String contentSecurityPolicy() {
    // form-action stays open: LTI forms post to each platform's own URLs (deep-link return,
    // OIDC auth), which are only known per registration.
    return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'none'; "
        + "frame-ancestors "
        + String.join(" ", frameAncestors.sources());
  }
}
