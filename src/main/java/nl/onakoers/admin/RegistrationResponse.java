package nl.onakoers.admin;

import java.util.List;
import nl.onakoers.lti.platform.Registration;

/**
 * A registration in the admin API's JSON.
 *
 * @param id the tool's id of the registration
 * @param issuer the platform's iss
 * @param clientId the client_id
 * @param authUrl OIDC authentication request URL
 * @param tokenUrl OAuth 2 token URL
 * @param tokenAudience client assertion audience, or null when it is the token URL
 * @param jwksUrl the platform's keyset URL
 * @param displayName the administrators' name for it
 * @param kind moodle, canvas, brightspace, blackboard, sakai or generic
 * @param autoApproveDeployments whether unknown deployment_ids are accepted at once
 * @param createdAt ISO-8601 instant
 * @param origin the issuer's origin, allowed to frame the tool while the registration is active
 * @param status active, or pending while it waits for an administrator's approval
 * @param frameOrigins the LMS's web addresses that may also frame the tool; empty when none
 * @param warnings things to check, such as a trailing slash on the issuer; null when none
 */
public record RegistrationResponse(
    String id,
    String issuer,
    String clientId,
    String authUrl,
    String tokenUrl,
    String tokenAudience,
    String jwksUrl,
    String displayName,
    String kind,
    boolean autoApproveDeployments,
    String createdAt,
    String origin,
    String status,
    List<String> frameOrigins,
    List<ApiError.FieldMessage> warnings) {

  static RegistrationResponse of(Registration r) {
    List<ApiError.FieldMessage> warnings =
        AdminProblemMapper.fieldMessages(RegistrationValidator.warnings(r.issuer()));
    return new RegistrationResponse(
        r.id(),
        r.issuer(),
        r.clientId(),
        r.authUrl().toString(),
        r.tokenUrl().toString(),
        r.tokenAudience(),
        r.jwksUrl().toString(),
        r.displayName(),
        r.kind().name().toLowerCase(java.util.Locale.ROOT),
        r.autoApproveDeployments(),
        r.createdAt().toString(),
        r.origin(),
        r.status().name().toLowerCase(java.util.Locale.ROOT),
        r.frameOrigins(),
        warnings.isEmpty() ? null : warnings);
  }
}
