package nl.onakoers.lti.registration;

import java.util.List;
import nl.onakoers.lti.launch.LtiClaims;

/**
 * What ONA Koers asks of every platform, whichever way it is registered (dynamic registration or
 * the Canvas developer key): its name, the service scopes, and the personal data it wants.
 *
 * <p>Coaches need participants' names; the tool does not ask for e-mail addresses.
 */
public final class ToolProfile {

  public static final String NAME = "ONA Koers";
  public static final String DESCRIPTION =
      "Oriëntatie op de Nederlandse Arbeidsmarkt: modules, resultaatkaarten en begeleiding";

  /** AGS (grades and columns) and NRPS (course members). */
  public static final List<String> SCOPES =
      List.of(
          LtiClaims.SCOPE_LINEITEM,
          LtiClaims.SCOPE_LINEITEM_READONLY,
          LtiClaims.SCOPE_RESULT_READONLY,
          LtiClaims.SCOPE_SCORE,
          LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);

  /** The id_token claims the tool asks the platform to send. */
  public static final List<String> CLAIMS =
      List.of("iss", "sub", LtiClaims.NAME, LtiClaims.GIVEN_NAME, LtiClaims.FAMILY_NAME);

  /** Canvas's privacy level matching {@link #CLAIMS}: names, no e-mail. */
  public static final String CANVAS_PRIVACY_LEVEL = "name_only";

  public static final String CANVAS_PLATFORM = "canvas.instructure.com";
  public static final String CANVAS_TOOL_ID = "ona-koers";

  /** Canvas placement of the resource-link launch: the course menu. */
  public static final String CANVAS_RESOURCE_LINK_PLACEMENT = "course_navigation";

  /** Canvas placements of deep linking: graded assignments and module items. */
  public static final List<String> CANVAS_DEEP_LINKING_PLACEMENTS =
      List.of("assignment_selection", "link_selection");

  /** The tool's icon, under the base URL. */
  public static final String ICON_PATH = "/static/ona-icon.svg";

  private ToolProfile() {}
}
