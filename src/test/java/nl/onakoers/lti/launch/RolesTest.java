package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role strings are test data here, written out as platforms send them. */
class RolesTest {

  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
  private static final String INSTITUTION =
      "http://purl.imsglobal.org/vocab/lis/v2/institution/person#";
  private static final String SYSTEM = "http://purl.imsglobal.org/vocab/lis/v2/system/person#";

  @Test
  void contextInstructorIsACoach() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Instructor"));

    assertThat(roles.isCoach()).isTrue();
    assertThat(roles.isParticipant()).isFalse();
  }

  @Test
  void contextLearnerIsAParticipant() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Learner"));

    assertThat(roles.isParticipant()).isTrue();
    assertThat(roles.isCoach()).isFalse();
  }

  @Test
  void canvasTeachingAssistantIsACoach() {
    Roles roles =
        Roles.of(
            List.of(
                MEMBERSHIP + "Instructor",
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"));

    assertThat(roles.isCoach()).isTrue();
  }

  @Test
  void teachingAssistantSubRoleAloneIsACoach() {
    Roles roles =
        Roles.of(
            List.of(
                "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"));

    assertThat(roles.isCoach()).isTrue();
  }

  @Test
  void contextAdministratorIsACoach() {
    assertThat(Roles.of(List.of(MEMBERSHIP + "Administrator")).isCoach()).isTrue();
  }

  @Test
  void contentDeveloperIsNotACoach() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "ContentDeveloper"));

    assertThat(roles.isCoach()).isFalse();
    assertThat(roles.isParticipant()).isFalse();
  }

  @Test
  void mentorIsNeitherCoachNorParticipant() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Mentor"));

    assertThat(roles.isCoach()).isFalse();
    assertThat(roles.isParticipant()).isFalse();
  }

  @Test
  void teacherWhoIsAlsoInstitutionStudentIsACoachAndNotAParticipant() {
    Roles roles = Roles.of(List.of(MEMBERSHIP + "Instructor", INSTITUTION + "Student"));

    assertThat(roles.isCoach()).isTrue();
    assertThat(roles.isParticipant()).isFalse();
  }

  @Test
  void administratorWithOnlyInstitutionAndSystemRolesIsNotACoach() {
    Roles roles =
        Roles.of(
            List.of(INSTITUTION + "Administrator", SYSTEM + "Administrator", SYSTEM + "SysAdmin"));

    assertThat(roles.isCoach()).isFalse();
    assertThat(roles.isParticipant()).isFalse();
  }

  @Test
  void institutionInstructorAloneIsNotACoach() {
    assertThat(Roles.of(List.of(INSTITUTION + "Instructor")).isCoach()).isFalse();
  }

  @Test
  void institutionLearnerAloneIsNotAParticipant() {
    assertThat(Roles.of(List.of(INSTITUTION + "Learner")).isParticipant()).isFalse();
  }

  @Test
  void moodleSiteAdminLaunchIsACoachThroughItsContextRole() {
    Roles roles =
        Roles.of(
            List.of(
                MEMBERSHIP + "Instructor",
                INSTITUTION + "Administrator",
                SYSTEM + "Administrator"));

    assertThat(roles.isCoach()).isTrue();
  }

  @Test
  void canvasStudentViewIsATestUserAndAParticipant() {
    Roles roles =
        Roles.of(
            List.of(
                MEMBERSHIP + "Learner",
                "http://purl.imsglobal.org/vocab/lti/system/person#TestUser"));

    assertThat(roles.isTestUser()).isTrue();
    assertThat(roles.isParticipant()).isTrue();
  }

  @Test
  void ordinaryLearnerIsNotATestUser() {
    assertThat(Roles.of(List.of(MEMBERSHIP + "Learner")).isTestUser()).isFalse();
  }

  @Test
  void deprecatedShortNamesAreContextRoles() {
    assertThat(Roles.of(List.of("Instructor")).isCoach()).isTrue();
    assertThat(Roles.of(List.of("TeachingAssistant")).isCoach()).isTrue();
    assertThat(Roles.of(List.of("Learner")).isParticipant()).isTrue();
  }

  @Test
  void legacyLti11UrnsAreUnderstood() {
    assertThat(Roles.of(List.of("urn:lti:role:ims/lis/Instructor")).isCoach()).isTrue();
    assertThat(Roles.of(List.of("urn:lti:role:ims/lis/Instructor/TeachingAssistant")).isCoach())
        .isTrue();
    assertThat(Roles.of(List.of("urn:lti:role:ims/lis/TeachingAssistant")).isCoach()).isTrue();
    assertThat(Roles.of(List.of("urn:lti:role:ims/lis/Learner")).isParticipant()).isTrue();
  }

  @Test
  void legacyInstitutionAndSystemUrnsNeverMakeACoach() {
    Roles roles =
        Roles.of(
            List.of(
                "urn:lti:instrole:ims/lis/Instructor", "urn:lti:sysrole:ims/lis/Administrator"));

    assertThat(roles.isCoach()).isFalse();
  }

  @Test
  void unknownAndEmptyRolesGiveNoRights() {
    Roles roles = Roles.of(List.of("", "https://example.com/roles#Boss", "Some Role"));

    assertThat(roles.isCoach()).isFalse();
    assertThat(roles.isParticipant()).isFalse();
    assertThat(Roles.of(List.of()).isCoach()).isFalse();
  }
}
