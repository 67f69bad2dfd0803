package nl.onakoers.lti.registration;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which platform URLs the tool trusts during a dynamic registration:
 *
 * <ol>
 *   <li>every URL is {@code https}; plain {@code http} only on {@code localhost} or {@code
 *       127.0.0.1}, for trials and tests;
 *   <li>the issuer has the same host as the configuration URL, or the configuration comes from a
 *       hosted Canvas ({@code *.instructure.com}, {@code *.canvaslms.com}) and the issuer is one of
 *       Canvas's shared issuers;
 *   <li>the registration endpoint has the same host as the configuration URL, so the registration
 *       token goes nowhere else.
 * </ol>
 *
 * <p>Immutable and thread safe.
 */
public final class AddressRules {

  /** The issuers hosted Canvas schools share, per environment. */
  public static final Set<String> CANVAS_ISSUERS =
      Set.of(
          "https://canvas.instructure.com",
          "https://canvas.beta.instructure.com",
          "https://canvas.test.instructure.com");

  private static final List<String> CANVAS_HOSTS = List.of("instructure.com", "canvaslms.com");
  private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1");

  private final List<String> canvasHosts;

  public AddressRules() {
    this(CANVAS_HOSTS);
  }

  /** With other hosted-Canvas domains; tests add their loopback address. */
  AddressRules(List<String> canvasHosts) {
    this.canvasHosts = List.copyOf(canvasHosts);
  }

  /**
   * @param what the URL's name for the error detail, e.g. {@code jwks_uri}
   * @throws RegistrationRejectedException {@code URL_INSECURE} or {@code CONFIGURATION_INVALID}
   */
  public URI requireSecure(String what, String url) {
    URI uri = parse(what, url);
    boolean https = "https".equalsIgnoreCase(uri.getScheme());
    boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && isLocal(uri);
    if (!https && !localHttp) {
      throw new RegistrationRejectedException(
          RegistrationError.URL_INSECURE, what + " is not https: " + url);
    }
    return uri;
  }

  /**
   * @throws RegistrationRejectedException {@code ISSUER_MISMATCH}
   */
  public void requireIssuerFits(String issuer, URI configurationUrl) {
    URI issuerUri = requireSecure("issuer", issuer);
    if (sameHost(issuerUri, configurationUrl)) {
      return;
    }
    if (CANVAS_ISSUERS.contains(stripSlash(issuer)) && isCanvasHost(configurationUrl)) {
      return;
    }
    throw new RegistrationRejectedException(
        RegistrationError.ISSUER_MISMATCH,
        "issuer " + issuer + " does not belong to " + configurationUrl.getHost());
  }

  /**
   * @throws RegistrationRejectedException {@code ISSUER_MISMATCH}
   */
  public void requireSameHost(String what, URI url, URI configurationUrl) {
    if (!sameHost(url, configurationUrl)) {
      throw new RegistrationRejectedException(
          RegistrationError.ISSUER_MISMATCH,
          what + " " + url + " is not on " + configurationUrl.getHost());
    }
  }

  private boolean isCanvasHost(URI uri) {
    String host = host(uri);
    return canvasHosts.stream().anyMatch(d -> host.equals(d) || host.endsWith("." + d));
  }

  private static boolean sameHost(URI a, URI b) {
    return host(a).equals(host(b));
  }

  private static boolean isLocal(URI uri) {
    return LOCAL_HOSTS.contains(host(uri));
  }

  private static String host(URI uri) {
    return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private static URI parse(String what, String url) {
    try {
      URI uri = url == null ? null : new URI(url);
      if (uri == null || uri.getHost() == null || !uri.isAbsolute()) {
        throw new IllegalArgumentException("not an absolute URL");
      }
      return uri;
    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
      throw new RegistrationRejectedException(
          RegistrationError.CONFIGURATION_INVALID, what + " is not a URL: " + url);
    }
  }
}
