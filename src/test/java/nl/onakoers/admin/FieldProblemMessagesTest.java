package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.onakoers.web.Messages;
import org.junit.jupiter.api.Test;

class FieldProblemMessagesTest {

  private static final Pattern LITERAL =
      Pattern.compile("new FieldProblem\\(\\s*\"[^\"]+\",\\s*\"([^\"]+)\"\\)");

  @Test
  void everyFieldProblemCodeInTheSourceHasATextInBothLanguages() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = LITERAL.matcher(Files.readString(file));
        while (matcher.find()) {
          codes.add(matcher.group(1));
        }
      }
    }

    assertThat(codes).contains("range", "json");
    for (String code : codes) {
      String key = new FieldProblem("field", code).messageKey();
      assertThat(Messages.forLanguage("nl").has(key)).as(key + " in Dutch").isTrue();
      assertThat(Messages.forLanguage("en").has(key)).as(key + " in English").isTrue();
    }
  }
}
