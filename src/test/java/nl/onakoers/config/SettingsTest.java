package nl.onakoers.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SettingsTest {

  @Test
  void unsetOrBlankSettingsFallBackToTheirDefaults() {
    Settings settings = new Settings(Map.of("ona.data.dir", "  ")::get);

    assertThat(settings.get(Setting.DATA_DIR)).isEqualTo("./data");
    assertThat(settings.baseUrl()).hasToString("http://localhost:8080");
  }

  @Test
  void urlsAreBuiltFromTheBaseUrlWithoutDoubleSlashes() {
    Settings settings = new Settings(Map.of("ona.base.url", "https://ona.school.example/")::get);

    assertThat(settings.url("/lti/login")).isEqualTo("https://ona.school.example/lti/login");
    assertThatThrownBy(() -> settings.url("lti/login"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNonNumericPoolSizeIsAReadableConfigurationError() {
    Settings settings = new Settings(Map.of("ona.db.pool.size", "ten")::get);

    assertThatThrownBy(() -> settings.intValue(Setting.DB_POOL_SIZE))
        .hasMessageContaining("ONA_DB_POOL_SIZE");
  }

  @ParameterizedTest
  @EnumSource(Setting.class)
  void everySettingIsDocumentedInTheReadme(Setting setting) throws Exception {
    String readme = Files.readString(Path.of("README.md"));

    assertThat(readme).contains("`" + setting.environmentVariable() + "`");
  }
}
