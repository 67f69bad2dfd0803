package nl.onakoers.ona.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * All modules and result cards, read once from {@code content/M1.yaml} ... {@code content/M9.yaml}
 * on the class path, and the earlier versions of them that cards were written against, from {@code
 * content/archive/<version>/M<n>.yaml} as listed in {@code content/archive/index.txt}. Either every
 * file is valid or the catalogue is not created.
 *
 * <p>A card keeps the content version it was first written against (its fields, limits and rubric),
 * so an editor who changes a module copies the old file into the archive before raising its
 * version; {@link #asWritten} then finds it for the old cards.
 *
 * <p>Thread safe; immutable but for the record of warnings already logged.
 */
public final class ContentCatalog {

  public static final int MODULE_COUNT = 9;

  private static final Logger LOG = Logger.getLogger(ContentCatalog.class.getName());
  private static final String ARCHIVE_INDEX = "archive/index.txt";

  private final List<Module> modules;
  private final Map<String, Module> archived;
  private final Set<String> missingVersionsWarned = ConcurrentHashMap.newKeySet();

  private ContentCatalog(List<Module> modules, List<Module> archived) {
    this.modules = modules.stream().sorted(Comparator.comparingInt(Module::number)).toList();
    Map<String, Module> byVersion = new HashMap<>();
    for (Module module : archived) {
      byVersion.put(key(module.id(), module.contentVersion()), module);
    }
    this.archived = Map.copyOf(byVersion);
  }

  /** Reads and validates the nine shipped module files and the archived versions. */
  public static ContentCatalog fromClasspath() {
    return from(ContentCatalog::load);
  }

  /**
   * Reads and validates the module files from {@code files}, which gives a file's text by its path
   * below {@code content/} (e.g. {@code archive/index.txt}), or {@code null} when there is none.
   */
  static ContentCatalog from(Function<String, String> files) {
    List<Module> modules = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    for (int n = 1; n <= MODULE_COUNT; n++) {
      String file = "M" + n + ".yaml";
      String yaml = files.apply(file);
      if (yaml == null) {
        problems.add(new ContentProblem(file, "", "file is missing from content/"));
        continue;
      }
      try {
        modules.add(ContentReader.read(file, yaml));
      } catch (InvalidContentException e) {
        problems.addAll(e.problems());
      }
    }
    List<Module> archived = readArchive(files, modules, problems);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new ContentCatalog(modules, archived);
  }

  /** A catalogue of the given modules; for tests. */
  public static ContentCatalog of(List<Module> modules) {
    return new ContentCatalog(modules, List.of());
  }

  /** A catalogue of the given current modules and earlier versions of them; for tests. */
  public static ContentCatalog of(List<Module> modules, List<Module> archived) {
    return new ContentCatalog(modules, archived);
  }

  public List<Module> modules() {
    return modules;
  }

  public Optional<Module> module(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The module of a card as that card was written at {@code contentVersion}; see asWritten. */
  public Optional<Module> moduleOfCard(String cardId, String contentVersion) {
    return moduleOfCard(cardId).map(m -> asWritten(m, contentVersion));
  }

  /** The module a card belongs to, by the card's id (RK1–RK9). */
  public Optional<Module> moduleOfCard(String cardId) {
    return modules.stream().filter(m -> m.card().id().equals(cardId)).findFirst();
  }

  /**
   * The module as it was when a card was first written at {@code contentVersion}: the current one
   * when the versions are equal, else the archived copy. Without one, the current module, with a
   * warning for the operator: the card's answers to fields that were removed since are not shown.
   */
  public Module asWritten(Module current, String contentVersion) {
    if (current.contentVersion().equals(contentVersion)) {
      return current;
    }
    Module old = archived.get(key(current.id(), contentVersion));
    if (old != null) {
      return old;
    }
    // Once per module and version: this runs on every page of such a card.
    if (missingVersionsWarned.add(key(current.id(), contentVersion))) {
      LOG.log(
          Level.WARNING,
          "No archived content {0} version {1}; its cards are shown with version {2}."
              + " Put the old file in content/archive/ (see its index.txt)",
          new Object[] {current.id(), contentVersion, current.contentVersion()});
    }
    return current;
  }

  /** Earlier versions of the modules, each checked like a current file and against its folder. */
  private static List<Module> readArchive(
      Function<String, String> files, List<Module> current, List<ContentProblem> problems) {
    List<Module> archived = new ArrayList<>();
    String index = files.apply(ARCHIVE_INDEX);
    if (index == null) {
      return archived;
    }
    for (String line : index.lines().map(String::strip).toList()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String file = "archive/" + line;
      String yaml = files.apply(file);
      if (yaml == null) {
        problems.add(
            new ContentProblem(file, "", "is listed in " + ARCHIVE_INDEX + " but missing"));
        continue;
      }
      try {
        Module module = ContentReader.read(file, yaml);
        checkArchived(file, module, current, problems);
        archived.add(module);
      } catch (InvalidContentException e) {
        problems.addAll(e.problems());
      }
    }
    return archived;
  }

  private static void checkArchived(
      String file, Module module, List<Module> current, List<ContentProblem> problems) {
    if (!file.equals("archive/" + module.contentVersion() + "/" + module.id() + ".yaml")) {
      problems.add(
          new ContentProblem(
              file,
              "version",
              "must equal the folder name, found '" + module.contentVersion() + "'"));
    }
    boolean stillCurrent =
        current.stream()
            .anyMatch(
                m ->
                    m.id().equals(module.id())
                        && m.contentVersion().equals(module.contentVersion()));
    if (stillCurrent) {
      problems.add(
          new ContentProblem(
              file, "version", "is the current version; raise the version of the current file"));
    }
  }

  private static String key(String moduleId, String contentVersion) {
    return moduleId + "@" + contentVersion;
  }

  /** A file below {@code content/} on the class path, or {@code null} when there is none. */
  private static String load(String file) {
    try (InputStream in =
        ContentCatalog.class.getClassLoader().getResourceAsStream("content/" + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
