package nl.onakoers.admin;

import java.util.List;

/**
 * An admin request that is refused: invalid input, an unknown id, or a duplicate. Carries the HTTP
 * status and the error code of the JSON answer; {@link AdminProblemMapper} renders it for the API,
 * the admin pages show it next to the form.
 */
public class AdminProblem extends RuntimeException {

  private final int status;
  private final String error;
  private final List<FieldProblem> fields;

  private AdminProblem(int status, String error, String message, List<FieldProblem> fields) {
    super(message);
    this.status = status;
    this.error = error;
    this.fields = List.copyOf(fields);
  }

  /** 400: the input breaks the rules; {@code fields} says which fields and why. */
  public static AdminProblem invalid(String error, List<FieldProblem> fields) {
    return new AdminProblem(400, error, "Input rejected", fields);
  }

  /** 404: there is no such registration or deployment. */
  public static AdminProblem notFound(String error, String message) {
    return new AdminProblem(404, error, message, List.of());
  }

  /** 409: another registration has the same issuer and client_id. */
  public static AdminProblem duplicateRegistration() {
    return new AdminProblem(
        409,
        "duplicate_registration",
        "A registration with this issuer and client_id already exists.",
        List.of(new FieldProblem("clientId", "duplicate")));
  }

  /** 409: the only published tool key cannot be retired. */
  public static AdminProblem lastKey() {
    return new AdminProblem(
        409, "last_key", "The only published key cannot be retired: rotate first.", List.of());
  }

  /** 409: the registration already has a deployment with this deployment_id. */
  public static AdminProblem duplicateDeployment() {
    return new AdminProblem(
        409,
        "duplicate_deployment",
        "This registration already has a deployment with this deployment_id.",
        List.of(new FieldProblem("deploymentId", "duplicate")));
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }

  public List<FieldProblem> fields() {
    return fields;
  }
}
