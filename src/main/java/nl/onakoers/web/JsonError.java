package nl.onakoers.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The JSON body of an unexpected error under {@code /api/}: a code and the reference that is also
 * in the log, never an exception message.
 *
 * @param error a code such as {@code not_found} or {@code internal_error}
 * @param reference the reference from {@link ErrorReference}
 */
public record JsonError(String error, String reference) {

  static Response response(int status, String error, String reference) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new JsonError(error, reference))
        .build();
  }
}
