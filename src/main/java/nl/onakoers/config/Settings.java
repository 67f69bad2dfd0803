package nl.onakoers.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Typed access to the {@link Setting}s, read through MicroProfile Config (system properties,
 * environment variables, then {@code microprofile-config.properties}).
 *
 * <p>Thread safe: values are read on each call, so a source that changes at run time is seen.
 */
@ApplicationScoped
public class Settings {

  private final Function<String, String> source;

  /** Reads from MicroProfile Config; used by CDI. */
  public Settings() {
    this(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class).orElse(null));
  }

  /** Reads from the given lookup, which returns {@code null} for an unset key; for tests. */
  public Settings(Function<String, String> source) {
    this.source = source;
  }

  /** The value of a setting, or its default when unset or blank. Never {@code null}. */
  public String get(Setting setting) {
    String value = source.apply(setting.key());
    return value == null || value.isBlank() ? setting.defaultValue() : value.trim();
  }

  /** The tool's public base URL without a trailing slash. */
  public URI baseUrl() {
    String value = get(Setting.BASE_URL);
    while (value.endsWith("/")) {
      value = value.substring(0, value.length() - 1);
    }
    return URI.create(value);
  }

  /** An absolute URL on the tool, built from the base URL, never from a request. */
  public String url(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/': " + path);
    }
    return baseUrl() + path;
  }

  public int intValue(Setting setting) {
    try {
      return Integer.parseInt(get(setting));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "Setting " + setting.environmentVariable() + " must be a whole number", e);
    }
  }

  /** True only for {@code true} (any case); anything else, including unset, is false. */
  public boolean isTrue(Setting setting) {
    return Boolean.parseBoolean(get(setting));
  }
}
