package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThatCode;

import nl.onakoers.admin.RegistrationInvitationsResource.InvitationForm;
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
}
