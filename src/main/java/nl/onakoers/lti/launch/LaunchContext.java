package nl.onakoers.lti.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.Objects;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.Registration;

/**
 * What the steps of one launch found so far. Each getter fails loudly when read before the step
 * that sets it ran, which would be a mistake in the order of the chain.
 *
 * <p>Not thread safe: one instance per launch.
 */
final class LaunchContext {

  private final LaunchRequest request;
  private LoginState loginState;
  private SignedJWT token;
  private JWTClaimsSet claims;
  private Registration registration;
  private Deployment deployment;

  LaunchContext(LaunchRequest request) {
    this.request = Objects.requireNonNull(request, "request");
  }

  LaunchRequest request() {
    return request;
  }

  LoginState loginState() {
    return required(loginState, "login state");
  }

  boolean hasClaims() {
    return claims != null;
  }

  boolean hasRegistration() {
    return registration != null;
  }

  boolean hasLoginState() {
    return loginState != null;
  }

  void loginState(LoginState value) {
    loginState = value;
  }

  SignedJWT token() {
    return required(token, "token");
  }

  JWTClaimsSet claims() {
    return required(claims, "claims");
  }

  void token(SignedJWT value, JWTClaimsSet claimsSet) {
    token = value;
    claims = claimsSet;
  }

  /** Lenient access to the claims. */
  JsonValues claimValues() {
    return JsonValues.of(claims().toJSONObject());
  }

  Registration registration() {
    return required(registration, "registration");
  }

  void registration(Registration value) {
    registration = value;
  }

  Deployment deployment() {
    return required(deployment, "deployment");
  }

  void deployment(Deployment value) {
    deployment = value;
  }

  /** The message type claim, or null before the token is parsed or when it is not a string. */
  String messageType() {
    return claims == null ? null : claimValues().string(LtiClaims.MESSAGE_TYPE);
  }

  private static <T> T required(T value, String what) {
    if (value == null) {
      throw new IllegalStateException("The " + what + " is read before the step that sets it");
    }
    return value;
  }
}
