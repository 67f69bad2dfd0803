package nl.onakoers.lti.launch;

import com.nimbusds.jwt.JWTClaimNames;
import java.util.Map;

/**
 * Identifiers the tool stores must fit their columns: {@code sub}, {@code deployment_id}, the
 * context and resource link ids (255 characters each), and the roles list. A signed token from a
 * real platform never comes near these limits; one that does is refused with CLAIM_INVALID rather
 * than failing later while the session is stored. Display values (name, titles) are cut to size
 * when the session is made instead (see {@link SessionFromLaunch}).
 */
record ClaimSizes() implements LaunchCheck {

  static final int MAX_IDENTIFIER = 255;
  static final int MAX_ROLES_TEXT = 20_000;

  @Override
  public void check(LaunchContext launch) {
    JsonValues claims = launch.claimValues();
    Map<String, String> identifiers =
        Map.of(
            "sub", String.valueOf(claims.string(JWTClaimNames.SUBJECT)),
            "deployment_id", String.valueOf(claims.string(LtiClaims.DEPLOYMENT_ID)),
            "context.id", String.valueOf(claims.object(LtiClaims.CONTEXT).string("id")),
            "resource_link.id",
                String.valueOf(claims.object(LtiClaims.RESOURCE_LINK).string("id")));
    identifiers.forEach(
        (claim, value) -> {
          if (value.length() > MAX_IDENTIFIER) {
            throw new LaunchRejectedException(
                LaunchError.CLAIM_INVALID,
                claim + " is longer than " + MAX_IDENTIFIER + " characters");
          }
        });

    int rolesLength = String.join(" ", claims.strings(LtiClaims.ROLES)).length();
    if (rolesLength > MAX_ROLES_TEXT) {
      throw new LaunchRejectedException(
          LaunchError.CLAIM_INVALID, "roles are longer than " + MAX_ROLES_TEXT + " characters");
    }
  }
}
