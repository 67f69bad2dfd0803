package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.Map;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;
import org.junit.jupiter.api.Test;

class AuthenticationRequestTest {

  private static final DemoMode MODE =
      new DemoMode(
          new Settings(key -> key.equals(Setting.BASE_URL.key()) ? "http://localhost:8080" : null));
  private static final String LAUNCH = "http://localhost:8080/lti/launch";
  private static final String DEEP_LINK = "http://localhost:8080/lti/deep-link";

  @Test
  void theToolsRequestForALinkIsFine() {
    AuthenticationRequest request = request(DemoMode.CLIENT_ID, LAUNCH, "sandbox-link-3");

    assertThat(request.isReturnable(MODE)).isTrue();
    assertThat(request.problem(MODE)).isNull();
    assertThat(request.isDeepLinking()).isFalse();
  }

  @Test
  void anUnknownClientOrRedirectUriGetsNoAnswerPostedBack() {
    assertThat(request("other", LAUNCH, "sandbox-link-3").isReturnable(MODE)).isFalse();
    assertThat(
            request(DemoMode.CLIENT_ID, "https://evil.example/lti/launch", "l").isReturnable(MODE))
        .isFalse();
  }

  @Test
  void aRequestWithoutRedirectUriStateOrWithARepeatedScopeIsRefusedWithoutAnException() {
    MultivaluedHashMap<String, String> bare = new MultivaluedHashMap<>();
    bare.putSingle("client_id", DemoMode.CLIENT_ID);
    bare.putSingle("scope", "openid openid");
    AuthenticationRequest request = AuthenticationRequest.of(bare);

    assertThat(request.isReturnable(MODE)).isFalse();
    assertThat(request.problem(MODE)).isEqualTo("unsupported_response_type");
    assertThat(request.answer("error", "invalid_request"))
        .containsExactly(Map.entry("error", "invalid_request"));
  }

  @Test
  void aDeepLinkingHintMustGoToTheDeepLinkRedirectUri() {
    assertThat(request(DemoMode.CLIENT_ID, DEEP_LINK, "deep-link").problem(MODE)).isNull();
    assertThat(request(DemoMode.CLIENT_ID, LAUNCH, "deep-link").problem(MODE))
        .isEqualTo("invalid_request");
  }

  @Test
  void anUnknownPersonOrAMissingNonceIsAnError() {
    AuthenticationRequest stranger =
        new AuthenticationRequest(
            DemoMode.CLIENT_ID,
            LAUNCH,
            "openid",
            "id_token",
            "form_post",
            "none",
            "nobody",
            "sandbox-link-3",
            "s",
            "n");
    AuthenticationRequest noNonce =
        new AuthenticationRequest(
            DemoMode.CLIENT_ID,
            LAUNCH,
            "openid",
            "id_token",
            "form_post",
            "none",
            "sandbox-amina",
            "sandbox-link-3",
            "s",
            null);

    assertThat(stranger.problem(MODE)).isEqualTo("login_required");
    assertThat(noNonce.problem(MODE)).isEqualTo("invalid_request");
  }

  private static AuthenticationRequest request(String clientId, String redirect, String hint) {
    return new AuthenticationRequest(
        clientId,
        redirect,
        "openid",
        "id_token",
        "form_post",
        "none",
        "sandbox-amina",
        hint,
        "state-1",
        "nonce-1");
  }
}
