package nl.onakoers.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.db.Database;
import nl.onakoers.lti.keys.ToolKeys;
import nl.onakoers.ona.content.ContentCatalog;

/**
 * Runs once when the application starts: opens and migrates the database (through its producer),
 * makes sure a signing key exists, reads and validates the course content, and logs one line an
 * operator can check.
 */
@ApplicationScoped
public class Startup {

  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Inject Settings settings;
  @Inject Database database;
  @Inject ToolKeys toolKeys;
  @Inject ContentCatalog content;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    toolKeys.ensureSigningKey();
    LOG.log(
        Level.INFO,
        "ONA Koers {0} started: database {1} ({2}), base URL {3}, {4} content modules",
        new Object[] {
          BuildInfo.version(),
          database.kind(),
          database.settings().displayUrl(),
          settings.baseUrl(),
          content.modules().size()
        });
  }
}
