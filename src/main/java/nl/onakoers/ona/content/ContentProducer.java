package nl.onakoers.ona.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * Reads the content once, at the first injection; {@code Startup} injects it so that invalid
 * content stops the application from starting, with every problem in the log.
 */
@ApplicationScoped
public class ContentProducer {

  private final ContentCatalog catalog = ContentCatalog.fromClasspath();

  @Produces
  ContentCatalog catalog() {
    return catalog;
  }
}
