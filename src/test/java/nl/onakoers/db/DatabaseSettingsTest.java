package nl.onakoers.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import nl.onakoers.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSettingsTest {

  @TempDir Path temp;

  @Test
  void withoutADatabaseUrlTheEmbeddedH2FileLivesInTheDataFolder() {
    Path folder = temp.resolve("ona");
    var settings =
        DatabaseSettings.from(new Settings(Map.of("ona.data.dir", folder.toString())::get));

    assertThat(settings.kind()).isEqualTo(DatabaseKind.H2);
    assertThat(settings.url()).startsWith("jdbc:h2:file:" + folder + "/ona-koers");
    assertThat(folder).isDirectory();
  }

  @Test
  void aPostgresqlUrlChoosesPostgresqlAndItsPasswordNeverShowsInDisplayText() {
    var settings =
        DatabaseSettings.from(
            new Settings(
                Map.of(
                        "ona.db.url", "jdbc:postgresql://db:5432/ona?password=secret",
                        "ona.db.password", "hunter2")
                    ::get));

    assertThat(settings.kind()).isEqualTo(DatabaseKind.POSTGRESQL);
    assertThat(settings.displayUrl()).isEqualTo("jdbc:postgresql://db:5432/ona");
    assertThat(settings.toString()).doesNotContain("secret").doesNotContain("hunter2");
  }

  @Test
  void anotherDatabaseIsRefusedWithAReadableMessage() {
    assertThatThrownBy(() -> DatabaseKind.ofUrl("jdbc:mysql://db/ona"))
        .hasMessageContaining("ONA_DB_URL");
  }
}
