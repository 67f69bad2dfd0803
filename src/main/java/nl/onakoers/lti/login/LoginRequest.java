package nl.onakoers.lti.login;

/**
 * The parameters of an OIDC third-party login initiation, from a GET query or a form POST. Optional
 * parameters are {@code null} when absent.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     1EdTech Security Framework §5.1.1.1</a>
 */
public record LoginRequest(
    String issuer,
    String loginHint,
    String targetLinkUri,
    String clientId,
    String messageHint,
    String deploymentId,
    String storageTarget) {

  /**
   * The same request with blank values treated as absent. Hints are kept exactly as received (the
   * platform expects them back byte for byte); other values are trimmed.
   */
  public LoginRequest normalized() {
    return new LoginRequest(
        clean(issuer),
        loginHint == null || loginHint.isBlank() ? null : loginHint,
        clean(targetLinkUri),
        clean(clientId),
        messageHint == null || messageHint.isEmpty() ? null : messageHint,
        clean(deploymentId),
        clean(storageTarget));
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
