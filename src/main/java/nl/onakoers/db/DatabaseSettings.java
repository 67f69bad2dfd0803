package nl.onakoers.db;

import java.nio.file.Path;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * Where the database is and how to log in. Without {@code ONA_DB_URL} this is an embedded H2 file
 * database in the data folder, created on first start.
 *
 * @param url JDBC URL, not null
 * @param user user name, may be empty
 * @param password password, may be empty; never logged (see {@link #toString()})
 * @param poolSize maximum number of pooled connections
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {

  static final String H2_FILE_NAME = "ona-koers";

  public static DatabaseSettings from(Settings settings) {
    String url = settings.get(Setting.DB_URL);
    if (url.isEmpty()) {
      Path dataDir = Path.of(settings.get(Setting.DATA_DIR));
      DataFolder.prepare(dataDir);
      url = embeddedH2Url(dataDir);
    }
    return new DatabaseSettings(
        url,
        settings.get(Setting.DB_USER),
        settings.get(Setting.DB_PASSWORD),
        settings.intValue(Setting.DB_POOL_SIZE));
  }

  /** An H2 file database in the given folder; H2 creates the folder and file when missing. */
  public static String embeddedH2Url(Path dataDir) {
    Path file = dataDir.toAbsolutePath().normalize().resolve(H2_FILE_NAME);
    return "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE";
  }

  public DatabaseKind kind() {
    return DatabaseKind.ofUrl(url);
  }

  /** The URL without its parameters, safe to log (a PostgreSQL URL may carry a password). */
  public String displayUrl() {
    int cut = url.indexOf(kind() == DatabaseKind.H2 ? ';' : '?');
    return cut < 0 ? url : url.substring(0, cut);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[" + kind() + " " + displayUrl() + ", user=" + user + "]";
  }
}
