package nl.onakoers.admin;

import java.util.List;

/**
 * The outcome of checking a form.
 *
 * @param errors problems that refuse the input; empty when it is accepted
 * @param warnings problems an administrator should look at, which do not refuse the input
 */
public record Validation(List<FieldProblem> errors, List<FieldProblem> warnings) {

  public Validation {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }

  /** The code of the first error of a field, or null; used to show errors next to fields. */
  public String errorFor(String field) {
    return errors.stream()
        .filter(problem -> problem.field().equals(field))
        .map(FieldProblem::messageKey)
        .findFirst()
        .orElse(null);
  }
}
