package nl.onakoers.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.onakoers.config.Settings;

/**
 * Opens the one {@link Database} of the application at start and closes it on shutdown. The
 * producer hands out that single instance ({@code Database} is final, so it is not proxied), also
 * as the domain's {@link UnitOfWork}, which it implements.
 */
@ApplicationScoped
public class DatabaseProducer {

  @Inject Settings settings;

  private Database database;

  @PostConstruct
  void open() {
    database = Database.open(DatabaseSettings.from(settings));
  }

  @Produces
  Database database() {
    return database;
  }

  @PreDestroy
  void close() {
    database.close();
  }
}
