package nl.onakoers.config;

/**
 * Every setting of ONA Koers: its MicroProfile Config key, the environment variable an operator
 * sets, and the safe default for the embedded mode.
 *
 * <p>MicroProfile Config maps {@code ona.base.url} to the environment variable {@code
 * ONA_BASE_URL}, so each key here doubles as an environment variable. The README's settings table
 * is checked against this list by a test.
 */
public enum Setting {
  BASE_URL("ona.base.url", "http://localhost:8080", "Public base URL of the tool."),
  DATA_DIR("ona.data.dir", "./data", "Folder for the embedded H2 database."),
  DB_URL("ona.db.url", "", "JDBC URL; empty means embedded H2 in the data folder."),
  DB_USER("ona.db.user", "", "Database user (PostgreSQL)."),
  DB_PASSWORD("ona.db.password", "", "Database password (PostgreSQL); never logged."),
  DB_POOL_SIZE("ona.db.pool.size", "10", "Maximum database connections per node."),
  ADMIN_TOKEN("ona.admin.token", "", "Bearer token for the admin API; empty closes it."),
  REGISTRATION_OPEN(
      "ona.registration.open",
      "false",
      "true lets anyone start a dynamic registration; false asks for an invitation."),
  REGISTRATION_AUTO_APPROVE(
      "ona.registration.auto.approve",
      "false",
      "true makes dynamically registered platforms and their deployments active at once."),
  OVERVIEW_IDLE_DAYS(
      "ona.overview.idle.days",
      "14",
      "Group overview: days without activity before a participant is marked idle."),
  OVERVIEW_RETURNED_LIMIT(
      "ona.overview.returned.limit",
      "2",
      "Group overview: a card returned more often than this is marked."),
  OVERVIEW_WAITING_DAYS(
      "ona.overview.waiting.days",
      "7",
      "Group overview: days a submitted card may wait for the coach before it is marked."),
  EVIDENCE_UPLOADS(
      "ona.evidence.uploads", "true", "false hides file uploads on evidence fields; links stay."),
  EVIDENCE_MAX_BYTES(
      "ona.evidence.max.bytes", "5242880", "Largest evidence file accepted, in bytes."),
  DEMO(
      "ona.demo",
      "",
      "true serves the sandbox platform at /demo; empty means on with embedded H2 only."),
  DEMO_BASE_URL(
      "ona.demo.base.url",
      "",
      "Base URL the sandbox platform is reached at; empty means the tool's base URL.");

  private final String key;
  private final String defaultValue;
  private final String description;

  Setting(String key, String defaultValue, String description) {
    this.key = key;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  public String key() {
    return key;
  }

  /** The environment variable that sets this value, e.g. {@code ONA_BASE_URL}. */
  public String environmentVariable() {
    return key.replace('.', '_').toUpperCase(java.util.Locale.ROOT);
  }

  public String defaultValue() {
    return defaultValue;
  }

  public String description() {
    return description;
  }
}
