package nl.onakoers.lti.nrps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.ags.AccessTokens;
import nl.onakoers.lti.ags.PlatformRequest;
import nl.onakoers.lti.ags.PlatformResponse;
import nl.onakoers.lti.ags.PlatformUnreachableException;
import nl.onakoers.lti.deeplink.TestToolKeys;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.Test;

class ClientCredentialsServiceTokensTest {

  private static final Set<String> NRPS = Set.of(LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);

  private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(1796311985L));
  private final Registration moodle = MoodleFixtures.registration();
  private final List<PlatformRequest> sent = new ArrayList<>();
  private PlatformResponse answer;
  private final ClientCredentialsServiceTokens tokens =
      new ClientCredentialsServiceTokens(
          new AccessTokens(
              TestToolKeys.moodleFixtureKey(clock),
              request -> {
                sent.add(request);
                if (answer == null) {
                  throw new PlatformUnreachableException("down", new IOException("refused"));
                }
                return answer;
              },
              clock));

  @Test
  void aGrantedTokenIsHandedOutAndCached() {
    answer = token(LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY + " " + LtiClaims.SCOPE_SCORE);

    assertThat(tokens.bearer(moodle, NRPS)).isEqualTo("nrps-token");
    assertThat(tokens.bearer(moodle, NRPS)).isEqualTo("nrps-token");
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).body()).contains("contextmembership.readonly");
  }

  @Test
  void aTokenWithoutTheNrpsScopeIsNotUsed() {
    answer = token(LtiClaims.SCOPE_SCORE);

    assertThatThrownBy(() -> tokens.bearer(moodle, NRPS))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("not granted")
        .hasMessageNotContaining("nrps-token");
  }

  @Test
  void aRefusedTokenRequestMakesTheRosterUnavailable() {
    answer = new PlatformResponse(400, Map.of(), "{\"error\" : \"invalid_scope\"}");

    assertThatThrownBy(() -> tokens.bearer(moodle, NRPS))
        .isInstanceOf(RosterUnavailableException.class)
        .hasMessageContaining("invalid_scope");
  }

  @Test
  void anUnreachableTokenEndpointMakesTheRosterUnavailable() {
    assertThatThrownBy(() -> tokens.bearer(moodle, NRPS))
        .isInstanceOf(RosterUnavailableException.class);
  }

  @Test
  void invalidateDropsTheCachedToken() {
    answer = token(LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);
    tokens.bearer(moodle, NRPS);

    tokens.invalidate(moodle, NRPS);
    tokens.bearer(moodle, NRPS);

    assertThat(sent).hasSize(2);
  }

  private static PlatformResponse token(String scope) {
    return new PlatformResponse(
        200,
        Map.of(),
        "{\"access_token\" : \"nrps-token\", \"token_type\" : \"Bearer\", \"expires_in\" : 3600,"
            + " \"scope\" : \""
            + scope
            + "\"}");
  }
}
