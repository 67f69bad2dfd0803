package nl.onakoers.lti.platform;

/**
 * Thrown when a registration would share its {@code (issuer, client_id)} with another one: the pair
 * identifies the platform in every launch, so it must be unique.
 */
public class DuplicateRegistrationException extends RuntimeException {

  private final String issuer;
  private final String clientId;

  public DuplicateRegistrationException(String issuer, String clientId, Throwable cause) {
    super("Registration rejected: issuer and client_id already registered", cause);
    this.issuer = issuer;
    this.clientId = clientId;
  }

  public String issuer() {
    return issuer;
  }

  public String clientId() {
    return clientId;
  }

  @Override
  public String getMessage() {
    return super.getMessage() + " (" + issuer + ", " + clientId + ")";
  }
}
