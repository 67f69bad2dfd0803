package nl.onakoers.demo;

/**
 * The sandbox refuses a service or token request as a real platform would: an HTTP status, an
 * OAuth-style error code and a short reason. Carries no token or key material.
 */
public class ServiceRejection extends RuntimeException {

  private final int status;
  private final String error;

  public ServiceRejection(int status, String error, String reason) {
    super(reason);
    this.status = status;
    this.error = error;
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }
}
