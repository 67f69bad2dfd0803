package nl.onakoers.ona.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Reads the content (modules and the coach question bank) once, at the first injection; {@code
 * Startup} injects it so that invalid content stops the application from starting, with every
 * problem in the log.
 */
@ApplicationScoped
public class ContentProducer {

  private final ContentCatalog catalog = ContentCatalog.fromClasspath();
  // Read with the catalogue, so that an invalid question bank also stops the start.
  private final QuestionBank questionBank = QuestionBank.fromClasspath();

  @Produces
  ContentCatalog catalog() {
    return catalog;
  }

  @Produces
  QuestionBank questionBank() {
    return questionBank;
  }
}
