package nl.onakoers.ona.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import nl.onakoers.web.CapturedLog;
import org.junit.jupiter.api.Test;

/**
 * A card keeps the content it was written against: an editor renames RK3's field "taken" to
 * "werkdag" in version 2026.1 and archives 2025.1, and the old cards still find "taken".
 */
class ContentVersionsTest {

  private static final String OLD = "2025.1";
  private static final String NEW = "2026.1";

  @Test
  void aCardOfTheArchivedVersionGetsTheOldFieldsAndANewCardTheNewOnes() {
    ContentCatalog catalog =
        ContentCatalog.from(shipped(editedM3(), archive(OLD + "/M3.yaml"))::get);
    Module current = catalog.module("M3").orElseThrow();

    Module old = catalog.asWritten(current, OLD);
    Module same = catalog.asWritten(current, NEW);

    assertThat(current.contentVersion()).isEqualTo(NEW);
    assertThat(fieldIds(current)).contains("werkdag").doesNotContain("taken");
    assertThat(old.contentVersion()).isEqualTo(OLD);
    assertThat(fieldIds(old)).contains("taken").doesNotContain("werkdag");
    assertThat(same).isSameAs(current);
    assertThat(catalog.moduleOfCard("RK3", OLD).orElseThrow()).isSameAs(old);
  }

  @Test
  void aVersionWithoutAnArchivedFileFallsBackToTheCurrentModule() {
    ContentCatalog catalog = ContentCatalog.from(shipped(editedM3(), null)::get);
    Module current = catalog.module("M3").orElseThrow();

    assertThat(catalog.asWritten(current, "2019.9")).isSameAs(current);
  }

  @Test
  void aMissingVersionIsLoggedOnceNotOnEveryPageOfItsCards() {
    ContentCatalog catalog = ContentCatalog.from(shipped(editedM3(), null)::get);
    Module current = catalog.module("M3").orElseThrow();

    try (CapturedLog log = CapturedLog.ofTool()) {
      catalog.asWritten(current, "2019.9");
      catalog.asWritten(current, "2019.9");
      catalog.asWritten(current, "2018.1");

      assertThat(log.of(ContentCatalog.class))
          .extracting(CapturedLog::line)
          .hasSize(2)
          .anySatisfy(line -> assertThat(line).contains("2019.9"))
          .anySatisfy(line -> assertThat(line).contains("2018.1"));
    }
  }

  @Test
  void theShippedArchiveIndexListsNothingYetAndLoads() {
    ContentCatalog catalog = ContentCatalog.fromClasspath();
    Module m3 = catalog.module("M3").orElseThrow();

    assertThat(catalog.asWritten(m3, m3.contentVersion())).isSameAs(m3);
  }

  @Test
  void anArchivedFileMustSitInTheFolderOfItsVersion() {
    Map<String, String> files = shipped(editedM3(), archive("2024.3/M3.yaml"));
    files.put("archive/2024.3/M3.yaml", shippedText("M3.yaml"));

    assertThatThrownBy(() -> ContentCatalog.from(files::get))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("archive/2024.3/M3.yaml")
        .hasMessageContaining("must equal the folder name");
  }

  @Test
  void anArchivedFileMayNotBeTheCurrentVersion() {
    Map<String, String> files = shipped(shippedText("M3.yaml"), archive(OLD + "/M3.yaml"));

    assertThatThrownBy(() -> ContentCatalog.from(files::get))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("is the current version");
  }

  @Test
  void aListedArchiveFileThatIsMissingStopsTheStart() {
    Map<String, String> files = shipped(editedM3(), archive("2023.1/M3.yaml"));
    files.remove("archive/2023.1/M3.yaml");

    assertThatThrownBy(() -> ContentCatalog.from(files::get))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("archive/2023.1/M3.yaml")
        .hasMessageContaining("missing");
  }

  /**
   * The shipped files, with M3 replaced and an archive index; the old M3 filed under {@code OLD}.
   */
  private static Map<String, String> shipped(String m3, String index) {
    Map<String, String> files = new HashMap<>();
    for (int n = 1; n <= ContentCatalog.MODULE_COUNT; n++) {
      files.put("M" + n + ".yaml", shippedText("M" + n + ".yaml"));
    }
    files.put("M3.yaml", m3);
    if (index != null) {
      files.put("archive/index.txt", index);
      files.put("archive/" + OLD + "/M3.yaml", shippedText("M3.yaml"));
    }
    return files;
  }

  private static String archive(String line) {
    return "# archived versions\n\n" + line + "\n";
  }

  private static String editedM3() {
    String shipped = shippedText("M3.yaml");
    assertThat(shipped).contains("version: \"" + OLD + "\"").contains("    - id: taken\n");
    return shipped
        .replace("version: \"" + OLD + "\"", "version: \"" + NEW + "\"")
        .replace("    - id: taken\n", "    - id: werkdag\n");
  }

  private static java.util.List<String> fieldIds(Module module) {
    return module.card().fields().stream().map(CardField::id).toList();
  }

  private static String shippedText(String file) {
    try (InputStream in =
        ContentVersionsTest.class.getClassLoader().getResourceAsStream("content/" + file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
