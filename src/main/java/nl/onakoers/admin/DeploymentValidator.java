package nl.onakoers.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.onakoers.lti.platform.DeploymentStatus;

/**
 * Checks a {@link DeploymentForm}. Errors: {@code required} (deploymentId blank when adding),
 * {@code status} (not active, pending or rejected), {@code too_long} (deploymentId or label over
 * 255 characters). Stateless and thread safe.
 */
public final class DeploymentValidator {

  private DeploymentValidator() {}

  /** Checks a deployment to add: the deployment_id is required. */
  public static Validation validateNew(DeploymentForm form) {
    List<FieldProblem> errors = new ArrayList<>();
    if (RegistrationValidator.isBlank(form.deploymentId())) {
      errors.add(new FieldProblem("deploymentId", "required"));
    } else if (form.deploymentId().length() > RegistrationValidator.MAX_TEXT) {
      errors.add(new FieldProblem("deploymentId", "too_long"));
    }
    errors.addAll(validateChange(form).errors());
    return new Validation(errors, List.of());
  }

  /** Checks a change of status or label; the deployment_id is not looked at. */
  public static Validation validateChange(DeploymentForm form) {
    List<FieldProblem> errors = new ArrayList<>();
    if (form.status() != null && parseStatus(form.status()).isEmpty()) {
      errors.add(new FieldProblem("status", "status"));
    }
    if (form.label() != null && form.label().length() > RegistrationValidator.MAX_TEXT) {
      errors.add(new FieldProblem("label", "too_long"));
    }
    return new Validation(errors, List.of());
  }

  /** The status named {@code active}, {@code pending} or {@code rejected} (any case). */
  public static Optional<DeploymentStatus> parseStatus(String name) {
    for (DeploymentStatus status : DeploymentStatus.values()) {
      if (status.name().equalsIgnoreCase(name.trim())) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /** The API name of a status: {@code active}, {@code pending} or {@code rejected}. */
  public static String nameOf(DeploymentStatus status) {
    return status.name().toLowerCase(Locale.ROOT);
  }
}
