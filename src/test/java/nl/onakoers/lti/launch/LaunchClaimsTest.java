package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchClaimsTest {

  @Test
  void missingOptionalClaimsReadAsEmpty() {
    LaunchClaims claims = LaunchClaims.of(new JWTClaimsSet.Builder().build());

    assertThat(claims.subject()).isEmpty();
    assertThat(claims.name()).isEmpty();
    assertThat(claims.givenName()).isEmpty();
    assertThat(claims.familyName()).isEmpty();
    assertThat(claims.email()).isEmpty();
    assertThat(claims.locale()).isEmpty();
    assertThat(claims.context()).isEmpty();
    assertThat(claims.resourceLink()).isEmpty();
    assertThat(claims.custom()).isEmpty();
    assertThat(claims.returnUrl()).isEmpty();
    assertThat(claims.documentTarget()).isEmpty();
    assertThat(claims.agsEndpoint()).isEmpty();
    assertThat(claims.namesAndRoles()).isEmpty();
    assertThat(claims.deepLinkingSettings()).isEmpty();
    assertThat(claims.roles().uris()).isEmpty();
    assertThat(claims.targetLinkUri()).isEmpty();
  }

  @Test
  void claimsOfTheWrongTypeReadAsAbsent() {
    JWTClaimsSet set =
        new JWTClaimsSet.Builder()
            .claim(LtiClaims.EMAIL, 42)
            .claim(LtiClaims.CONTEXT, "course-1")
            .claim(LtiClaims.CUSTOM, Map.of("card", "RK1", "count", 3))
            .claim(LtiClaims.ROLES, List.of("Learner", 7))
            .claim(LtiClaims.AGS_ENDPOINT, Map.of("scope", "not-a-list"))
            .build();

    LaunchClaims claims = LaunchClaims.of(set);

    assertThat(claims.email()).isEmpty();
    assertThat(claims.context()).isEmpty();
    assertThat(claims.custom()).containsExactly(Map.entry("card", "RK1"));
    assertThat(claims.roles().uris()).containsExactly("Learner");
    assertThat(claims.agsEndpoint().orElseThrow().scopes()).containsExactly("not-a-list");
    assertThat(claims.agsEndpoint().orElseThrow().lineItem()).isEmpty();
  }

  @Test
  void localeFallsBackToLaunchPresentation() {
    JWTClaimsSet set =
        new JWTClaimsSet.Builder()
            .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of("locale", "nl-NL"))
            .build();

    assertThat(LaunchClaims.of(set).locale()).contains("nl-NL");
  }
}
