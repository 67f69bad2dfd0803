package nl.onakoers.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;

/**
 * The tool's database: a connection pool, the Flyway migrations applied on open, and a JPA
 * persistence unit (EclipseLink) over the same pool.
 *
 * <p>The persistence unit is built in code rather than by the container so that one setting chooses
 * H2 or PostgreSQL at start-up and so that tests open the very same unit outside Payara.
 * Transactions are resource-local: each unit of work runs in {@link #inTransaction}.
 *
 * <p>Thread safe.
 */
public final class Database implements AutoCloseable, UnitOfWork {

  private static final Logger LOG = Logger.getLogger(Database.class.getName());

  private final DatabaseSettings settings;
  private final HikariDataSource dataSource;
  private final EntityManagerFactory entityManagers;

  /** The entity manager of the transaction this thread is in, if any; see {@link #inOne}. */
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  private Database(DatabaseSettings settings, HikariDataSource dataSource) {
    this.settings = settings;
    this.dataSource = dataSource;
    this.entityManagers = createEntityManagerFactory(dataSource);
  }

  /** Connects, migrates the schema to the newest version and opens the persistence unit. */
  public static Database open(DatabaseSettings settings) {
    HikariDataSource dataSource = createPool(settings);
    try {
      migrate(dataSource, settings);
      return new Database(settings, dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariDataSource createPool(DatabaseSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("ona-koers");
    config.setDriverClassName(settings.kind().driverClass());
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.poolSize());
    config.setAutoCommit(false);
    return new HikariDataSource(config);
  }

  private static void migrate(DataSource dataSource, DatabaseSettings settings) {
    var result =
        Flyway.configure(Database.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    LOG.log(
        Level.INFO,
        "Database {0} at schema version {1} ({2} migrations applied now)",
        new Object[] {settings.kind(), result.targetSchemaVersion, result.migrationsExecuted});
  }

  private static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
    var unit = new ApplicationPersistenceUnit(dataSource, JpaTypes.ALL);
    Map<String, Object> properties =
        Map.of(
            "eclipselink.weaving", "false",
            "eclipselink.logging.level", "WARNING",
            "eclipselink.logging.level.sql", "WARNING",
            "eclipselink.target-server", "None");
    return new PersistenceProvider().createContainerEntityManagerFactory(unit, properties);
  }

  public DatabaseKind kind() {
    return settings.kind();
  }

  public DatabaseSettings settings() {
    return settings;
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws. Called
   * inside {@link #inOne} on the same thread, it joins that transaction instead, so that several
   * repositories write together or not at all.
   */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager joined = current.get();
    if (joined != null) {
      return work.apply(joined);
    }
    return entityManagers.callInTransaction(
        em -> {
          current.set(em);
          try {
            return work.apply(em);
          } finally {
            current.remove();
          }
        });
  }

  /** Like {@link #inTransaction(Function)} for work without a result. */
  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public <T> T inOne(Supplier<T> work) {
    return inTransaction(em -> work.get());
  }

  /** True when a connection can be taken from the pool and answers within two seconds. */
  public boolean isReachable() {
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (java.sql.SQLException e) {
      LOG.log(Level.WARNING, "Database not reachable: {0}", e.getMessage());
      return false;
    }
  }

  @Override
  public void close() {
    entityManagers.close();
    dataSource.close();
  }
}
