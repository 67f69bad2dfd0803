package nl.onakoers.admin;

import java.util.List;

/**
 * The JSON body of every admin API error. JSON-B leaves out the members that are null.
 *
 * @param error a stable code such as {@code invalid_registration}
 * @param message a short English explanation, or null
 * @param reference the reference also written to the log (server errors only), or null
 * @param fields the rejected fields (validation errors only), or null
 */
public record ApiError(String error, String message, String reference, List<FieldMessage> fields) {

  public static ApiError of(String error, String message) {
    return new ApiError(error, message, null, null);
  }

  /**
   * One rejected or questionable field of a request.
   *
   * @param field the request member, e.g. {@code authUrl}
   * @param message what is wrong, in English
   */
  public record FieldMessage(String field, String message) {}
}
