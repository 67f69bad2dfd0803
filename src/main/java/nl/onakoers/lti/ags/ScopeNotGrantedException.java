package nl.onakoers.lti.ags;

/**
 * The platform issued a token, but without the scope a call needs. Asking again does not help: the
 * platform's administrator has to allow the service for the tool first.
 */
public class ScopeNotGrantedException extends AccessTokenException {

  private final String scope;

  public ScopeNotGrantedException(String registrationId, String scope) {
    super(registrationId, "scope not granted: " + scope, 200);
    this.scope = scope;
  }

  public String scope() {
    return scope;
  }

  /** The reason shown to the coach. */
  public String reason() {
    return "scope " + scope + " not granted by the platform";
  }
}
