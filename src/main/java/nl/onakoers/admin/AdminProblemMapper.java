package nl.onakoers.admin;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import nl.onakoers.web.Messages;

/**
 * Renders an {@link AdminProblem} as the JSON error of the admin API, e.g. {@code
 * {"error":"invalid_registration","fields":[{"field":"authUrl","message":"..."}]}}. Field messages
 * are the English catalogue texts.
 */
@Provider
public class AdminProblemMapper implements ExceptionMapper<AdminProblem> {

  private static final Messages ENGLISH = Messages.forLanguage("en");

  @Override
  public Response toResponse(AdminProblem problem) {
    return Response.status(problem.status())
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(toError(problem))
        .build();
  }

  static ApiError toError(AdminProblem problem) {
    List<ApiError.FieldMessage> fields = fieldMessages(problem.fields());
    String message = problem.fields().isEmpty() ? problem.getMessage() : null;
    return new ApiError(problem.error(), message, null, fields.isEmpty() ? null : fields);
  }

  /** The English explanation of each problem, for JSON answers. */
  static List<ApiError.FieldMessage> fieldMessages(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> new ApiError.FieldMessage(p.field(), ENGLISH.get(p.messageKey())))
        .toList();
  }
}
