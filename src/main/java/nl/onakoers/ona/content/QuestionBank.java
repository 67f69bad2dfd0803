package nl.onakoers.ona.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The coach prompts of {@code content/question-bank.yaml}: general ones and per module ones. Read
 * and validated at start-up like the modules: every prompt needs a unique lower-case {@code id}, a
 * {@code topic} and a {@code text} in nl and en; module keys are M1–M9.
 *
 * <p>Immutable and thread safe.
 */
public final class QuestionBank {

  static final String FILE = "question-bank.yaml";
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern MODULE = Pattern.compile("M[1-9]");

  private final List<CoachPrompt> general;
  private final Map<String, List<CoachPrompt>> perModule;

  private QuestionBank(List<CoachPrompt> general, Map<String, List<CoachPrompt>> perModule) {
    this.general = List.copyOf(general);
    this.perModule = Map.copyOf(perModule);
  }

  /** Reads the shipped bank. */
  public static QuestionBank fromClasspath() {
    try (InputStream in =
        QuestionBank.class.getClassLoader().getResourceAsStream("content/" + FILE)) {
      if (in == null) {
        throw new InvalidContentException(
            List.of(new ContentProblem(FILE, "", "file is missing from content/")));
      }
      return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads and checks a bank.
   *
   * @throws InvalidContentException listing every problem found
   */
  public static QuestionBank read(String yaml) {
    List<ContentProblem> problems = new ArrayList<>();
    Object tree;
    try {
      tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      throw new InvalidContentException(List.of(new ContentProblem(FILE, "", "is not YAML")));
    }
    YamlNode root = new YamlNode(FILE, "", tree, problems);
    Set<String> ids = new HashSet<>();
    List<CoachPrompt> general = root.list("general", true, n -> prompt(n, ids));
    Map<String, List<CoachPrompt>> perModule = new LinkedHashMap<>();
    if (root.has("modules") && root.get("modules").map().isPresent()) {
      for (Object key : root.get("modules").map().get().keySet()) {
        String module = String.valueOf(key);
        if (!MODULE.matcher(module).matches()) {
          root.get("modules").get(module).problem("must be a module id M1–M9");
        }
        perModule.put(module, root.get("modules").list(module, true, n -> prompt(n, ids)));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return new QuestionBank(general, perModule);
  }

  private static CoachPrompt prompt(YamlNode node, Set<String> ids) {
    String id = node.string("id");
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      node.get("id").problem("must be lower case letters, digits and dashes");
    } else if (!id.isEmpty() && !ids.add(id)) {
      node.get("id").problem("is used twice");
    }
    return new CoachPrompt(id, node.text("topic"), node.text("text"));
  }

  /** The prompts for a module's card: its own first, then the general ones. */
  public List<CoachPrompt> forModule(String moduleId) {
    List<CoachPrompt> prompts = new ArrayList<>(perModule.getOrDefault(moduleId, List.of()));
    prompts.addAll(general);
    return prompts;
  }

  public Optional<CoachPrompt> prompt(String id) {
    return perModule.values().stream()
        .flatMap(List::stream)
        .filter(p -> p.id().equals(id))
        .findFirst()
        .or(() -> general.stream().filter(p -> p.id().equals(id)).findFirst());
  }
}
