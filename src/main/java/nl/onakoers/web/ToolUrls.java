package nl.onakoers.web;

import nl.onakoers.config.Settings;

/**
 * The URLs a platform needs to know about the tool, all built from the configured base URL.
 *
 * @param base the base URL itself
 * @param login OIDC login initiation
 * @param launch redirect URI and target link URI for resource links
 * @param deepLink redirect URI and target for deep linking
 * @param jwks the tool's public keys
 * @param registration LTI Dynamic Registration entry point
 */
public record ToolUrls(
    String base, String login, String launch, String deepLink, String jwks, String registration) {

  public static ToolUrls from(Settings settings) {
    return new ToolUrls(
        settings.baseUrl().toString(),
        settings.url("/lti/login"),
        settings.url("/lti/launch"),
        settings.url("/lti/deep-link"),
        settings.url("/lti/jwks"),
        settings.url("/lti/register"));
  }
}
