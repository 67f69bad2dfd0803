package nl.onakoers.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Renders the pages. Templates live in {@code src/main/jte} and are compiled to Java by the build
 * (jte), so a template error fails the build, not a request. Output is HTML-escaped by default.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class Templates {

  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "nl.onakoers.web.templates");

  /** Renders a template such as {@code "landing.jte"} with its named parameters. */
  public String render(String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput();
    engine.render(template, parameters, output);
    return output.toString();
  }
}
