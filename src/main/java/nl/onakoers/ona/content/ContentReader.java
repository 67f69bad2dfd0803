package nl.onakoers.ona.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one module file and checks it against the content schema. The schema, in short:
 *
 * <ol>
 *   <li>{@code id} M1–M9, equal to the file name; {@code version} a non-empty text;
 *   <li>{@code title} and {@code purpose} with {@code nl} and {@code en};
 *   <li>3–6 {@code steps}, each with a unique lower-case {@code id}, a {@code title} and a {@code
 *       body};
 *   <li>at least one of {@code sources}, each with a {@code title} and an https {@code url};
 *   <li>a {@code card} RK1-RK9 with the module's number, a {@code title}, an {@code intro}, {@code
 *       fields} and a {@code rubric};
 *   <li>each field a unique {@code id}, a known {@code type}, a {@code label}, {@code help} and an
 *       {@code example}; choice fields two or more {@code options}; list fields their {@code
 *       entries} (no list inside a list);
 *   <li>each rubric criterion four {@code levels} (0–3); at least one global {@code check}.
 * </ol>
 *
 * Every problem of a file is reported at once, each naming the file and the field.
 */
public final class ContentReader {

  static final int MIN_STEPS = 3;
  static final int MAX_STEPS = 6;
  static final int SHORT_LIMIT = 200;
  static final int LONG_LIMIT = 3000;
  static final int DEFAULT_MAX_ENTRIES = 10;

  private static final Pattern MODULE_ID = Pattern.compile("M([1-9])");
  private static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  private static final Pattern CRITERION_ID = Pattern.compile("[A-Z]");

  private ContentReader() {}

  /**
   * @param file the file name, such as {@code M3.yaml}; used in problems and checked against the id
   * @param yaml the file's text
   * @throws InvalidContentException listing every problem found
   */
  public static Module read(String file, String yaml) {
    List<ContentProblem> problems = new ArrayList<>();
    Object tree = parse(file, yaml, problems);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    YamlNode root = new YamlNode(file, "", tree, problems);
    if (tree != null && !(tree instanceof java.util.Map<?, ?>)) {
      root.problem("must be a mapping with id, version, title, …");
    }
    Module module = module(file, root);
    if (!problems.isEmpty()) {
      throw new InvalidContentException(problems);
    }
    return module;
  }

  private static Object parse(String file, String yaml, List<ContentProblem> problems) {
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    } catch (YAMLException e) {
      problems.add(new ContentProblem(file, "", "is not valid YAML: " + e.getMessage()));
      return null;
    }
  }

  private static Module module(String file, YamlNode root) {
    String id = root.string("id");
    var matcher = MODULE_ID.matcher(id);
    int number = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    if (number == 0) {
      root.get("id").problem("must be M1 to M9, found '" + id + "'");
    } else if (!file.substring(file.lastIndexOf('/') + 1).equals(id + ".yaml")) {
      root.get("id").problem("must match the file name, found '" + id + "'");
    }
    return new Module(
        id,
        root.string("version"),
        number,
        root.text("title"),
        root.text("purpose"),
        steps(root),
        root.list("sources", true, ContentReader::source),
        card(root.get("card"), number));
  }

  private static List<LessonStep> steps(YamlNode root) {
    List<LessonStep> steps = root.list("steps", true, ContentReader::step);
    if (steps.size() < MIN_STEPS || steps.size() > MAX_STEPS) {
      root.get("steps").problem("must have 3 to 6 steps, found " + steps.size());
    }
    unique(root.get("steps"), steps.stream().map(LessonStep::id).toList());
    return steps;
  }

  private static LessonStep step(YamlNode node) {
    return new LessonStep(localId(node), node.text("title"), node.text("body"));
  }

  private static Source source(YamlNode node) {
    String url = node.string("url");
    if (!url.startsWith("https://")) {
      node.get("url").problem("must start with https://");
    }
    return new Source(node.text("title"), url);
  }

  private static ResultCard card(YamlNode node, int moduleNumber) {
    if (!node.has("id") && !node.has("title")) {
      node.problem("is missing");
    }
    String id = node.string("id");
    if (moduleNumber > 0 && !id.equals("RK" + moduleNumber)) {
      node.get("id").problem("must be RK" + moduleNumber + ", found '" + id + "'");
    }
    List<CardField> fields = node.list("fields", true, f -> field(f, true));
    if (fields.isEmpty()) {
      node.get("fields").problem("must have at least one field");
    }
    unique(node.get("fields"), fields.stream().map(CardField::id).toList());
    return new ResultCard(
        id, node.text("title"), node.text("intro"), fields, rubric(node.get("rubric")));
  }

  private static CardField field(YamlNode node, boolean topLevel) {
    String id = localId(node);
    String typeName = node.string("type");
    FieldType type = FieldType.fromFileName(typeName).orElse(null);
    if (type == null && !typeName.isEmpty()) {
      node.get("type").problem("unknown type '" + typeName + "'; use one of " + typeNames());
    }
    if (type == FieldType.LIST && !topLevel) {
      node.get("type").problem("a list entry cannot hold another list");
    }
    boolean required = node.bool("required", false);
    int maxLength = node.integer("maxLength", type == FieldType.LONG ? LONG_LIMIT : SHORT_LIMIT);
    List<ChoiceOption> options = options(node, type);
    List<CardField> entries = entries(node, type);
    int minEntries = node.integer("minEntries", required ? 1 : 0);
    int maxEntries = node.integer("maxEntries", DEFAULT_MAX_ENTRIES);
    if (minEntries > maxEntries || maxEntries < 1) {
      node.get("maxEntries").problem("must be at least 1 and at least minEntries");
    }
    Text example = topLevel ? node.text("example") : node.optionalText("example");
    Text help = topLevel ? node.text("help") : node.optionalText("help");
    return new CardField(
        id,
        type == null ? FieldType.SHORT : type,
        node.text("label"),
        help,
        example,
        required,
        maxLength,
        options,
        entries,
        minEntries,
        maxEntries);
  }

  private static List<ChoiceOption> options(YamlNode node, FieldType type) {
    boolean choice = type == FieldType.CHOICE || type == FieldType.MULTI;
    List<ChoiceOption> options = node.list("options", choice, ContentReader::option);
    if (choice && options.size() < 2) {
      node.get("options").problem("a choice needs at least 2 options");
    }
    if (!choice && !options.isEmpty()) {
      node.get("options").problem("only choice and multi fields have options");
    }
    unique(node.get("options"), options.stream().map(ChoiceOption::id).toList());
    return options;
  }

  private static ChoiceOption option(YamlNode node) {
    return new ChoiceOption(localId(node), node.text("label"), node.optionalText("warning"));
  }

  private static List<CardField> entries(YamlNode node, FieldType type) {
    boolean list = type == FieldType.LIST;
    List<CardField> entries = node.list("entries", list, e -> field(e, false));
    if (list && entries.isEmpty()) {
      node.get("entries").problem("a list needs at least one entry field");
    }
    if (!list && !entries.isEmpty()) {
      node.get("entries").problem("only list fields have entries");
    }
    unique(node.get("entries"), entries.stream().map(CardField::id).toList());
    return entries;
  }

  private static Rubric rubric(YamlNode node) {
    List<RubricCriterion> criteria = node.list("criteria", true, ContentReader::criterion);
    if (criteria.isEmpty()) {
      node.get("criteria").problem("must have at least one criterion");
    }
    unique(node.get("criteria"), criteria.stream().map(RubricCriterion::id).toList());
    List<Text> checks = node.list("checks", true, c -> c.text("text"));
    if (checks.isEmpty()) {
      node.get("checks").problem("must have at least one global check");
    }
    return new Rubric(criteria, checks);
  }

  private static RubricCriterion criterion(YamlNode node) {
    String id = node.string("id");
    if (!CRITERION_ID.matcher(id).matches()) {
      node.get("id").problem("must be one capital letter, found '" + id + "'");
    }
    List<Text> levels = node.list("levels", true, l -> l.text("text"));
    if (levels.size() != RubricCriterion.LEVELS) {
      node.get("levels").problem("must have exactly 4 levels (0 to 3), found " + levels.size());
    }
    return new RubricCriterion(id, node.text("title"), levels);
  }

  private static String localId(YamlNode node) {
    String id = node.string("id");
    if (!id.isEmpty() && !LOCAL_ID.matcher(id).matches()) {
      node.get("id").problem("must be lower case letters, digits and '-', found '" + id + "'");
    }
    return id;
  }

  private static void unique(YamlNode node, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!id.isEmpty() && !seen.add(id)) {
        node.problem("id '" + id + "' is used twice");
      }
    }
  }

  private static String typeNames() {
    return String.join(
        ", ", java.util.Arrays.stream(FieldType.values()).map(FieldType::fileName).toList());
  }
}
