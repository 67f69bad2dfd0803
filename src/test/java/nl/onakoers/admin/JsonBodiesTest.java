package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import nl.onakoers.admin.RegistrationInvitationsResource.InvitationForm;
import nl.onakoers.web.Messages;
import org.junit.jupiter.api.Test;

class JsonBodiesTest {

  @Test
  void wholeNumbersNullAndAbsentFieldsPassTheTypeCheck() {
    for (String body : new String[] {"{\"validForHours\":24}", "{\"validForHours\":null}", "{}"}) {
      assertThatCode(() -> JsonBodies.checkTypes(body, InvitationForm.class))
          .as(body)
          .doesNotThrowAnyException();
    }
  }

  @Test
  void aKnownFieldOfTheWrongJsonTypeIsNamed() {
    assertThat(problems("{\"frameOrigins\":\"https://school.instructure.com\"}"))
        .containsExactly(new FieldProblem("frameOrigins", "list"));
    assertThat(problems("{\"frameOrigins\":[\"https://school.instructure.com\",7]}"))
        .containsExactly(new FieldProblem("frameOrigins", "list"));
    assertThat(problems("{\"clientId\":12,\"autoApproveDeployments\":\"yes\"}"))
        .containsExactly(
            new FieldProblem("clientId", "text"),
            new FieldProblem("autoApproveDeployments", "true_false"));
  }

  @Test
  void aRegistrationWithFieldsOfTheRightTypesPassesTheTypeCheck() {
    String body =
        """
        {"issuer":"https://canvas.instructure.com","autoApproveDeployments":true,
         "frameOrigins":["https://school.instructure.com"],"unknown":5}""";

    assertThatCode(() -> JsonBodies.checkTypes(body, RegistrationForm.class))
        .doesNotThrowAnyException();
  }

  @Test
  void everyTypeProblemHasAnEnglishText() {
    for (String code : new String[] {"list", "text", "true_false", "whole_number"}) {
      assertThat(Messages.forLanguage("en").has("admin.problem." + code)).as(code).isTrue();
      assertThat(Messages.forLanguage("nl").has("admin.problem." + code)).as(code).isTrue();
    }
  }

  private static java.util.List<FieldProblem> problems(String body) {
    AdminProblem problem =
        catchThrowableOfType(
            AdminProblem.class, () -> JsonBodies.checkTypes(body, RegistrationForm.class));
    assertThat(problem.error()).isEqualTo("invalid_json");
    return problem.fields();
  }
}
