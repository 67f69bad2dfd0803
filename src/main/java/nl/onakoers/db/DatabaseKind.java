package nl.onakoers.db;

/** The two databases ONA Koers runs on, told apart by the JDBC URL. */
public enum DatabaseKind {
  H2("org.h2.Driver"),
  POSTGRESQL("org.postgresql.Driver");

  private final String driverClass;

  DatabaseKind(String driverClass) {
    this.driverClass = driverClass;
  }

  public String driverClass() {
    return driverClass;
  }

  /** The kind a JDBC URL points at; fails with a readable message for any other database. */
  public static DatabaseKind ofUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return H2;
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    throw new IllegalStateException(
        "ONA_DB_URL must start with jdbc:postgresql: or jdbc:h2: (got another database)");
  }
}
