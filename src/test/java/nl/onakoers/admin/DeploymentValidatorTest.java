package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeploymentValidatorTest {

  @Test
  void newDeploymentNeedsADeploymentId() {
    assertThat(DeploymentValidator.validateNew(new DeploymentForm(" ", null, null)).errors())
        .containsExactly(new FieldProblem("deploymentId", "required"));
  }

  @Test
  void unknownStatusIsRejected() {
    assertThat(
            DeploymentValidator.validateChange(new DeploymentForm(null, "paused", null)).errors())
        .containsExactly(new FieldProblem("status", "status"));
  }

  @Test
  void tooLongLabelIsRejected() {
    var form = new DeploymentForm("3", "active", "x".repeat(256));

    assertThat(DeploymentValidator.validateNew(form).errors())
        .containsExactly(new FieldProblem("label", "too_long"));
  }

  @Test
  void theThreeStatusesAreAcceptedInAnyCase() {
    for (String status : new String[] {"active", "PENDING", "Rejected"}) {
      assertThat(DeploymentValidator.validateNew(new DeploymentForm("3", status, "")).isValid())
          .as(status)
          .isTrue();
    }
  }
}
