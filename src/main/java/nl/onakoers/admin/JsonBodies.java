package nl.onakoers.admin;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.RecordComponent;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies of the admin API with JSON-B. The body is read here rather than by the
 * JAX-RS provider so that malformed JSON gets the API's own 400 answer ({@code invalid_json}).
 *
 * <p>Before binding, each field's JSON type is checked against the record's component, because
 * JSON-B quietly converts ({@code 1.5} becomes 1, {@code "24"} becomes 24) and names no field when
 * it gives up. Errors, each with its field: {@code whole_number} for a number field that holds no
 * whole number within the range of an int; {@code text} for a text field that holds no string;
 * {@code true_false} for a yes/no field that holds no boolean; {@code list} for a list field that
 * holds no array of strings.
 */
final class JsonBodies {

  private JsonBodies() {}

  /** Made on first use, so that the type check works without a JSON-B provider (unit tests). */
  private static final class Binder {
    static final Jsonb JSONB = JsonbBuilder.create();
  }

  /**
   * @throws AdminProblem 400 {@code invalid_json} when the body is empty, not the expected JSON, or
   *     a field has the wrong type (that field is named)
   */
  static <T extends Record> T read(String body, Class<T> type) {
    checkTypes(body, type);
    try {
      T value = Binder.JSONB.fromJson(body, type);
      if (value == null) {
        throw notJson();
      }
      return value;
    } catch (JsonbException e) {
      throw notJson();
    }
  }

  /**
   * @throws AdminProblem 400 {@code invalid_json} when the body is not a JSON object or a field of
   *     {@code type} holds a value of another JSON type
   */
  static void checkTypes(String body, Class<? extends Record> type) {
    if (body == null || body.isBlank()) {
      throw notJson();
    }
    Map<String, Object> json;
    try {
      json = JSONObjectUtils.parse(body);
    } catch (ParseException e) {
      throw notJson();
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Object value = json.get(component.getName());
      if (value != null && !fits(value, component.getType())) {
        problems.add(mismatch(component.getName(), component.getType()));
      }
    }
    if (!problems.isEmpty()) {
      throw AdminProblem.invalid("invalid_json", problems);
    }
  }

  /** Whether a parsed JSON value suits a component type; a type not listed here is JSON-B's. */
  private static boolean fits(Object value, Class<?> type) {
    if (type == Integer.class) {
      // Whole JSON numbers are parsed as Long, all others as Double.
      return value instanceof Long number
          && number >= Integer.MIN_VALUE
          && number <= Integer.MAX_VALUE;
    }
    if (type == String.class) {
      return value instanceof String;
    }
    if (type == Boolean.class) {
      return value instanceof Boolean;
    }
    if (type == List.class) {
      // Every list in the admin forms is a list of strings.
      return value instanceof List<?> list
          && list.stream().allMatch(item -> item == null || item instanceof String);
    }
    return true;
  }

  private static FieldProblem mismatch(String field, Class<?> type) {
    if (type == String.class) {
      return new FieldProblem(field, "text");
    }
    if (type == Boolean.class) {
      return new FieldProblem(field, "true_false");
    }
    if (type == List.class) {
      return new FieldProblem(field, "list");
    }
    return new FieldProblem(field, "whole_number");
  }

  private static AdminProblem notJson() {
    return AdminProblem.invalid("invalid_json", List.of(new FieldProblem("body", "json")));
  }
}
