package nl.onakoers.ona.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All modules and result cards, read once from {@code content/M1.yaml} ... {@code content/M9.yaml}
 * on the class path. Either every file is valid or the catalogue is not created.
 *
 * <p>Immutable and thread safe.
 */
public final class ContentCatalog {

  public static final int MODULE_COUNT = 9;

  private final List<Module> modules;

  private ContentCatalog(List<Module> modules) {
    this.modules = modules.stream().sorted(Comparator.comparingInt(Module::number)).toList();
  }

  /** Reads and validates the nine shipped module files. */
  public static ContentCatalog fromClasspath() {
    List<Module> modules = new ArrayList<>();
    List<ContentProblem> problems = new ArrayList<>();
    for (int n = 1; n <= MODULE_COUNT; n++) {
      String file = "M" + n + ".yaml";
      try {
        modules.add(ContentReader.read(file, load("content/" + file)));
      } catch (InvalidContentException e) {
        problems.addAll(e.problems());
      } catch (MissingFileException e) {
        problems.add(new ContentProblem(file, "", "file is missing from content/"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new ContentCatalog(modules);
  }

  /** A catalogue of the given modules; for tests. */
  public static ContentCatalog of(List<Module> modules) {
    return new ContentCatalog(modules);
  }

  public List<Module> modules() {
    return modules;
  }

  public Optional<Module> module(String id) {
    return modules.stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The module a card belongs to, by the card's id (RK1–RK9). */
  public Optional<Module> moduleOfCard(String cardId) {
    return modules.stream().filter(m -> m.card().id().equals(cardId)).findFirst();
  }

  private static String load(String resource) {
    try (InputStream in = ContentCatalog.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new MissingFileException();
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class MissingFileException extends RuntimeException {
    MissingFileException() {
      super(null, null, false, false);
    }
  }
}
