package nl.onakoers.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Until platforms are registered, only the tool itself may frame its pages. */
@ApplicationScoped
public class SelfOnlyFrameAncestors implements FrameAncestors {

  @Override
  public List<String> sources() {
    return List.of("'self'");
  }
}
