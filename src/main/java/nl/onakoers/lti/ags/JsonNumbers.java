package nl.onakoers.lti.ags;

/**
 * Writes whole numbers without a fraction ({@code 10}, not {@code 10.0}), as platforms echo them.
 */
final class JsonNumbers {

  private JsonNumbers() {}

  static Number of(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : value;
  }
}
