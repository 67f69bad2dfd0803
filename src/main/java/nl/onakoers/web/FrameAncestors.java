package nl.onakoers.web;

import java.util.List;

/**
 * Which origins may frame the tool: the tool itself and the platforms it is registered for. The
 * list feeds the {@code frame-ancestors} directive of the Content-Security-Policy.
 */
public interface FrameAncestors {

  /** CSP source expressions, e.g. {@code 'self'} and {@code https://moodle.school.example}. */
  List<String> sources();
}
