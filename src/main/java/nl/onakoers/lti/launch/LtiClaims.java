package nl.onakoers.lti.launch;

/**
 * The one home of every LTI claim name, message type, role URI and scope the tool reads or sends.
 * Other classes refer to these constants and never repeat the URIs as literals.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#required-message-claims">LTI 1.3 §5.3</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0">LTI AGS 2.0</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">LTI NRPS 2.0</a>
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0">LTI Deep Linking 2.0</a>
 */
public final class LtiClaims {

  public static final String NONCE = "nonce";
  public static final String AUTHORIZED_PARTY = "azp";
  public static final String NAME = "name";
  public static final String GIVEN_NAME = "given_name";
  public static final String FAMILY_NAME = "family_name";
  public static final String EMAIL = "email";
  public static final String LOCALE = "locale";

  private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

  public static final String MESSAGE_TYPE = LTI + "message_type";
  public static final String VERSION = LTI + "version";
  public static final String DEPLOYMENT_ID = LTI + "deployment_id";
  public static final String TARGET_LINK_URI = LTI + "target_link_uri";
  public static final String RESOURCE_LINK = LTI + "resource_link";
  public static final String ROLES = LTI + "roles";
  public static final String ROLE_SCOPE_MENTOR = LTI + "role_scope_mentor";
  public static final String CONTEXT = LTI + "context";
  public static final String CUSTOM = LTI + "custom";
  public static final String LAUNCH_PRESENTATION = LTI + "launch_presentation";
  public static final String TOOL_PLATFORM = LTI + "tool_platform";
  public static final String LIS = LTI + "lis";

  public static final String AGS_ENDPOINT =
      "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
  public static final String NRPS_SERVICE =
      "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
  private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

  public static final String DEEP_LINKING_SETTINGS = DL + "deep_linking_settings";
  public static final String CONTENT_ITEMS = DL + "content_items";
  public static final String DEEP_LINKING_DATA = DL + "data";

  /** The content item type of a link that launches the tool. */
  public static final String CONTENT_ITEM_RESOURCE_LINK = "ltiResourceLink";

  /** The only LTI version the tool accepts. */
  public static final String VERSION_1_3_0 = "1.3.0";

  public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
  public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";
  public static final String DEEP_LINKING_RESPONSE = "LtiDeepLinkingResponse";

  private static final String AGS_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/";

  public static final String SCOPE_LINEITEM = AGS_SCOPE + "lineitem";
  public static final String SCOPE_LINEITEM_READONLY = AGS_SCOPE + "lineitem.readonly";
  public static final String SCOPE_RESULT_READONLY = AGS_SCOPE + "result.readonly";
  public static final String SCOPE_SCORE = AGS_SCOPE + "score";
  public static final String SCOPE_NRPS_MEMBERSHIP_READONLY =
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

  /** Context role, e.g. {@code …/membership#Instructor}. */
  public static final String ROLE_CONTEXT_PREFIX =
      "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  /** Context sub-role, e.g. {@code …/membership/Instructor#TeachingAssistant}. */
  public static final String ROLE_CONTEXT_SUB_PREFIX =
      "http://purl.imsglobal.org/vocab/lis/v2/membership/";

  public static final String ROLE_INSTITUTION_PREFIX =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  public static final String ROLE_SYSTEM_PREFIX =
      "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

  /** LTI's own system vocabulary; holds {@code TestUser} (Canvas "Student View"). */
  public static final String ROLE_LTI_SYSTEM_PREFIX =
      "http://purl.imsglobal.org/vocab/lti/system/person#";

  public static final String ROLE_TEST_USER = ROLE_LTI_SYSTEM_PREFIX + "TestUser";

  /** LTI 1.1 context role URNs, e.g. {@code urn:lti:role:ims/lis/Instructor/TeachingAssistant}. */
  public static final String ROLE_LEGACY_CONTEXT_PREFIX = "urn:lti:role:ims/lis/";

  public static final String ROLE_LEGACY_INSTITUTION_PREFIX = "urn:lti:instrole:ims/lis/";
  public static final String ROLE_LEGACY_SYSTEM_PREFIX = "urn:lti:sysrole:ims/lis/";

  /** Role names (the part after the vocabulary) that matter to the tool. */
  public static final String ROLE_INSTRUCTOR = "Instructor";

  public static final String ROLE_TEACHING_ASSISTANT = "TeachingAssistant";
  public static final String ROLE_ADMINISTRATOR = "Administrator";
  public static final String ROLE_LEARNER = "Learner";

  private LtiClaims() {}
}
