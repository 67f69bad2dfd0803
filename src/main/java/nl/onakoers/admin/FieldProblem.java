package nl.onakoers.admin;

/**
 * Something wrong or questionable about one input field.
 *
 * @param field the field's name as in the JSON request and the form, e.g. {@code authUrl}
 * @param code a catalogue key suffix: the text is {@code admin.problem.<code>}
 */
public record FieldProblem(String field, String code) {

  /** The catalogue key of the explanation. */
  public String messageKey() {
    return "admin.problem." + code;
  }
}
