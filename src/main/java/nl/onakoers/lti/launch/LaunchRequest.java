package nl.onakoers.lti.launch;

import java.util.Objects;

/**
 * What arrived at a launch endpoint: the form fields the platform's page posted and the evidence
 * that this browser started the login.
 *
 * @param idToken the {@code id_token} form field, may be null (then the launch is refused)
 * @param state the {@code state} form field, may be null (then the launch is refused)
 * @param cookieState the value of the tool's state cookie, or null when the browser sent none
 * @param storageProof the state as read back from platform storage ({@code lti.get_data}) by the
 *     tool's page, or null when platform storage was not used
 * @param endpoint where it was posted, not null
 */
public record LaunchRequest(
    String idToken,
    String state,
    String cookieState,
    String storageProof,
    LaunchEndpoint endpoint) {

  public LaunchRequest {
    Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public String toString() {
    // The token, state and proofs are secrets of the flow: never in logs.
    return "LaunchRequest[endpoint=" + endpoint + "]";
  }
}
