package nl.onakoers.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * Whether the sandbox platform runs, and the URLs it and the tool have. {@code ONA_DEMO=true} or
 * {@code false} decides; when unset, the sandbox runs with the embedded H2 database only, so a
 * production PostgreSQL installation never gets it by accident.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class DemoMode {

  /** The client_id the sandbox gives the tool. */
  public static final String CLIENT_ID = "ona-sandbox";

  /** The one deployment of the tool in the sandbox. */
  public static final String DEPLOYMENT_ID = "sandbox-1";

  private final Settings settings;

  protected DemoMode() {
    this(null);
  }

  @Inject
  public DemoMode(Settings settings) {
    this.settings = settings;
  }

  public boolean enabled() {
    String value = settings.get(Setting.DEMO);
    if (value.isBlank()) {
      return settings.get(Setting.DB_URL).isBlank();
    }
    return Boolean.parseBoolean(value);
  }

  /** The sandbox's own base URL without a trailing slash: the tool's unless configured. */
  public String base() {
    String value = settings.get(Setting.DEMO_BASE_URL);
    if (value.isBlank()) {
      return settings.baseUrl().toString();
    }
    return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }

  /** The sandbox's issuer ({@code iss}); its origin may frame the tool. */
  public String issuer() {
    return base() + "/demo";
  }

  /** An absolute URL on the sandbox, e.g. {@code demoUrl("/token")}. */
  public String demoUrl(String path) {
    return issuer() + path;
  }

  /** An absolute URL on the tool, built from the tool's base URL. */
  public String toolUrl(String path) {
    return settings.url(path);
  }

  /** The tool's origin, which the course page frames. */
  public String toolOrigin() {
    return origin(settings.baseUrl());
  }

  /** The sandbox's origin, the only one its platform-storage script answers. */
  public String demoOrigin() {
    return origin(URI.create(base()));
  }

  private static String origin(URI uri) {
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    return uri.getScheme() + "://" + uri.getHost() + port;
  }
}
