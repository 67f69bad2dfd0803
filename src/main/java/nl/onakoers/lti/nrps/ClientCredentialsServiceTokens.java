package nl.onakoers.lti.nrps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import nl.onakoers.lti.ags.AccessToken;
import nl.onakoers.lti.ags.AccessTokenException;
import nl.onakoers.lti.ags.AccessTokens;
import nl.onakoers.lti.ags.PlatformUnreachableException;
import nl.onakoers.lti.platform.Registration;

/**
 * {@link ServiceTokens} on the tool's client-credentials token cache ({@link AccessTokens}). A
 * token is handed out only when the platform granted every scope asked for: Moodle grants the NRPS
 * scope only when the tool's "Names and roles" service is switched on.
 *
 * <p>Every failure (refused, not granted, unreachable) becomes a {@link
 * RosterUnavailableException}, whose message names the registration and the reason, never a token.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class ClientCredentialsServiceTokens implements ServiceTokens {

  private final AccessTokens tokens;

  /** For the CDI proxy only. */
  protected ClientCredentialsServiceTokens() {
    this(null);
  }

  @Inject
  public ClientCredentialsServiceTokens(AccessTokens tokens) {
    this.tokens = tokens;
  }

  @Override
  public String bearer(Registration registration, Set<String> scopes) {
    AccessToken token;
    try {
      token = tokens.token(registration, scopes);
    } catch (AccessTokenException e) {
      throw new RosterUnavailableException("Roster token refused: " + e.getMessage(), e);
    } catch (PlatformUnreachableException e) {
      throw new RosterUnavailableException("Roster token unavailable: " + e.getMessage(), e);
    }

    for (String scope : scopes) {
      if (!token.grants(scope)) {
        throw new RosterUnavailableException(
            "Roster token refused: scope " + scope + " not granted to " + registration.id());
      }
    }
    return token.value();
  }

  @Override
  public void invalidate(Registration registration, Set<String> scopes) {
    tokens.invalidate(registration, scopes);
  }
}
