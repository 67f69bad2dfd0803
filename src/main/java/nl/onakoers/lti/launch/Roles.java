package nl.onakoers.lti.launch;

import static nl.onakoers.lti.launch.LtiClaims.ROLE_ADMINISTRATOR;
import static nl.onakoers.lti.launch.LtiClaims.ROLE_INSTRUCTOR;
import static nl.onakoers.lti.launch.LtiClaims.ROLE_LEARNER;
import static nl.onakoers.lti.launch.LtiClaims.ROLE_TEACHING_ASSISTANT;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The roles of a launch, sorted by vocabulary, and what they mean for ONA Koers.
 *
 * <p>Recognised forms:
 *
 * <ol>
 *   <li>context roles {@code http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor} and
 *       sub-roles {@code …/membership/Instructor#TeachingAssistant};
 *   <li>institution roles {@code …/lis/v2/institution/person#…} and system roles {@code
 *       …/lis/v2/system/person#…} or {@code …/lti/system/person#…};
 *   <li>deprecated short context roles without a URI ({@code Instructor}, {@code Learner}, {@code
 *       TeachingAssistant});
 *   <li>LTI 1.1 URNs for context, institution and system roles ({@link
 *       LtiClaims#ROLE_LEGACY_CONTEXT_PREFIX} and its siblings).
 * </ol>
 *
 * <p>Only context roles make a coach or a participant. An institution or system role alone (an
 * account administrator, a teacher who is also {@code institution/person#Student}) never does.
 *
 * <p>Immutable and thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3#role-vocabularies">LTI 1.3 §A.2</a>
 */
public final class Roles {

  private static final Set<String> COACH_ROLES =
      Set.of(ROLE_INSTRUCTOR, ROLE_TEACHING_ASSISTANT, ROLE_ADMINISTRATOR);

  private final List<String> uris;
  private final List<Role> roles;

  private Roles(List<String> uris) {
    this.uris = List.copyOf(uris);
    this.roles = this.uris.stream().map(Role::parse).filter(Objects::nonNull).toList();
  }

  /**
   * @param uris the {@code roles} claim as sent, not null; may be empty
   */
  public static Roles of(List<String> uris) {
    return new Roles(uris);
  }

  /** The role strings exactly as the platform sent them. */
  public List<String> uris() {
    return uris;
  }

  /**
   * Instructor, teaching assistant (as a role or as the Instructor sub-role) or administrator of
   * the context.
   */
  public boolean isCoach() {
    return roles.stream()
        .anyMatch(role -> role.vocabulary() == Vocabulary.CONTEXT && isCoachRole(role));
  }

  /** Learner of the context (or one of its sub-roles). */
  public boolean isParticipant() {
    return hasContextRole(ROLE_LEARNER);
  }

  /** A platform's test account, e.g. Canvas "Student View". */
  public boolean isTestUser() {
    return uris.contains(LtiClaims.ROLE_TEST_USER);
  }

  private boolean hasContextRole(String principal) {
    return roles.stream()
        .anyMatch(
            role -> role.vocabulary() == Vocabulary.CONTEXT && role.principal().equals(principal));
  }

  private static boolean isCoachRole(Role role) {
    return COACH_ROLES.contains(role.principal()) || ROLE_TEACHING_ASSISTANT.equals(role.subRole());
  }

  @Override
  public String toString() {
    return "Roles" + uris;
  }

  /** Where a role is defined. */
  enum Vocabulary {
    CONTEXT,
    INSTITUTION,
    SYSTEM
  }

  /**
   * One parsed role.
   *
   * @param principal e.g. {@code Instructor}
   * @param subRole e.g. {@code TeachingAssistant}, or null
   */
  record Role(Vocabulary vocabulary, String principal, String subRole) {

    /** Null when the text is in no vocabulary the tool knows. */
    static Role parse(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String role = text.strip();
      if (role.startsWith(LtiClaims.ROLE_CONTEXT_PREFIX)) {
        return context(role.substring(LtiClaims.ROLE_CONTEXT_PREFIX.length()), null);
      }
      if (role.startsWith(LtiClaims.ROLE_CONTEXT_SUB_PREFIX)) {
        return contextSubRole(role.substring(LtiClaims.ROLE_CONTEXT_SUB_PREFIX.length()), '#');
      }
      if (role.startsWith(LtiClaims.ROLE_LEGACY_CONTEXT_PREFIX)) {
        return contextSubRole(role.substring(LtiClaims.ROLE_LEGACY_CONTEXT_PREFIX.length()), '/');
      }
      Vocabulary vocabulary = nonContextVocabulary(role);
      if (vocabulary != null) {
        return new Role(vocabulary, afterLast(role), null);
      }
      return isShortName(role) ? context(role, null) : null;
    }

    private static Role context(String principal, String subRole) {
      return new Role(Vocabulary.CONTEXT, principal, subRole);
    }

    /** {@code Instructor#TeachingAssistant} (separator '#') or {@code Instructor/TA} ('/'). */
    private static Role contextSubRole(String rest, char separator) {
      int split = rest.indexOf(separator);
      return split < 0
          ? context(rest, null)
          : context(rest.substring(0, split), rest.substring(split + 1));
    }

    private static Vocabulary nonContextVocabulary(String role) {
      if (role.startsWith(LtiClaims.ROLE_INSTITUTION_PREFIX)
          || role.startsWith(LtiClaims.ROLE_LEGACY_INSTITUTION_PREFIX)) {
        return Vocabulary.INSTITUTION;
      }
      if (role.startsWith(LtiClaims.ROLE_SYSTEM_PREFIX)
          || role.startsWith(LtiClaims.ROLE_LTI_SYSTEM_PREFIX)
          || role.startsWith(LtiClaims.ROLE_LEGACY_SYSTEM_PREFIX)) {
        return Vocabulary.SYSTEM;
      }
      return null;
    }

    private static String afterLast(String role) {
      int split = Math.max(role.lastIndexOf('#'), role.lastIndexOf('/'));
      return role.substring(split + 1);
    }

    /** A deprecated short context role such as {@code Instructor}: a bare word, no URI. */
    private static boolean isShortName(String role) {
      return role.chars().allMatch(Character::isLetter);
    }
  }
}
