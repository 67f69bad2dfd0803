package nl.onakoers.admin;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;

/**
 * Reads request bodies of the admin API with JSON-B. The body is read here rather than by the
 * JAX-RS provider so that malformed JSON gets the API's own 400 answer ({@code invalid_json}).
 */
final class JsonBodies {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonBodies() {}

  /**
   * @throws AdminProblem 400 {@code invalid_json} when the body is empty or not the expected JSON
   */
  static <T> T read(String body, Class<T> type) {
    if (body == null || body.isBlank()) {
      throw AdminProblem.invalid("invalid_json", List.of(new FieldProblem("body", "json")));
    }
    try {
      T value = JSONB.fromJson(body, type);
      if (value == null) {
        throw AdminProblem.invalid("invalid_json", List.of(new FieldProblem("body", "json")));
      }
      return value;
    } catch (JsonbException e) {
      throw AdminProblem.invalid("invalid_json", List.of(new FieldProblem("body", "json")));
    }
  }
}
