package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistrationInvitationsResourceTest {

  private final RegistrationInvitationsResource resource = new RegistrationInvitationsResource();

  @Test
  void hoursThatAreNotAWholeNumberAreRefusedNotRoundedOrConverted() {
    for (String body :
        new String[] {
          "{\"validForHours\":1.5}", "{\"validForHours\":\"24\"}", "{\"validForHours\":4294967297}"
        }) {
      assertThatThrownBy(() -> resource.create(body))
          .as(body)
          .isInstanceOfSatisfying(
              AdminProblem.class,
              problem -> {
                assertThat(problem.status()).isEqualTo(400);
                assertThat(problem.fields())
                    .containsExactly(new FieldProblem("validForHours", "whole_number"));
              });
    }
  }
}
