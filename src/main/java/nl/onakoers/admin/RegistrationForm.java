package nl.onakoers.admin;

import java.util.List;

/**
 * A registration as an administrator enters it, over the API (JSON) or in the admin page (form).
 * Every member may be null or blank; {@link RegistrationValidator} says what is missing.
 *
 * @param issuer the platform's {@code iss}, exactly as in its id_tokens
 * @param clientId the client_id the platform gave the tool
 * @param authUrl the platform's OIDC authentication request URL
 * @param tokenUrl the platform's OAuth 2 token URL
 * @param tokenAudience the client assertion audience when it is not the token URL (Brightspace)
 * @param jwksUrl the platform's public keyset URL
 * @param displayName a name for administrators; the issuer's host when blank
 * @param kind one of moodle, canvas, brightspace, blackboard, sakai, generic; generic when blank
 * @param autoApproveDeployments whether unknown deployment_ids are accepted at once; false when
 *     null
 * @param frameOrigins the LMS's web addresses (https origins, no path) when they differ from the
 *     issuer's, such as {@code https://school.instructure.com} for a hosted Canvas; may be null
 */
public record RegistrationForm(
    String issuer,
    String clientId,
    String authUrl,
    String tokenUrl,
    String tokenAudience,
    String jwksUrl,
    String displayName,
    String kind,
    Boolean autoApproveDeployments,
    List<String> frameOrigins) {

  /** An empty form, for the admin page before anything is entered. */
  public static RegistrationForm empty() {
    return new RegistrationForm(null, null, null, null, null, null, null, null, null, null);
  }
}
