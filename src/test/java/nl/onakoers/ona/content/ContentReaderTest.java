package nl.onakoers.ona.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentReaderTest {

  private static final String MINIMAL =
      """
      id: M1
      version: "1"
      title: {nl: Titel, en: Title}
      purpose: {nl: Doel, en: Purpose}
      steps:
        - {id: a, title: {nl: A, en: A}, body: {nl: Tekst., en: Text.}}
        - {id: b, title: {nl: B, en: B}, body: {nl: Tekst., en: Text.}}
        - {id: c, title: {nl: C, en: C}, body: {nl: Tekst., en: Text.}}
      sources:
        - {title: {nl: Werk, en: Work}, url: "https://www.werk.nl/"}
      card:
        id: RK1
        title: {nl: Kaart, en: Card}
        intro: {nl: Intro, en: Intro}
        fields:
          - id: naam
            type: short
            label: {nl: Naam, en: Name}
            help: {nl: Hulp, en: Help}
            example: {nl: Voorbeeld, en: Example}
        rubric:
          criteria:
            - id: A
              title: {nl: Crit, en: Crit}
              levels:
                - text: {nl: "0", en: "0"}
                - text: {nl: "1", en: "1"}
                - text: {nl: "2", en: "2"}
                - text: {nl: "3", en: "3"}
          checks:
            - text: {nl: Eigen werk, en: Own work}
      """;

  @Test
  void aMinimalModuleIsRead() {
    Module module = ContentReader.read("M1.yaml", MINIMAL);

    assertThat(module.card().fields())
        .singleElement()
        .satisfies(f -> assertThat(f.maxLength()).isEqualTo(ContentReader.SHORT_LIMIT));
  }

  @Test
  void anUnknownFieldTypeIsNamedWithFileAndPath() {
    String broken = MINIMAL.replace("type: short", "type: essay");

    assertThatThrownBy(() -> ContentReader.read("M1.yaml", broken))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("M1.yaml: card.fields[0].type: unknown type 'essay'");
  }

  @Test
  void aMissingEnglishTextIsNamed() {
    String broken = MINIMAL.replace("purpose: {nl: Doel, en: Purpose}", "purpose: {nl: Doel}");

    assertThatThrownBy(() -> ContentReader.read("M1.yaml", broken))
        .hasMessageContaining("M1.yaml: purpose.en: is missing");
  }

  @Test
  void aCriterionWithThreeLevelsIsRejected() {
    String broken = MINIMAL.replaceAll("(?m)^ *- text: \\{nl: \"3\", en: \"3\"}\n", "");

    assertThatThrownBy(() -> ContentReader.read("M1.yaml", broken))
        .hasMessageContaining("card.rubric.criteria[0].levels: must have exactly 4 levels");
  }

  @Test
  void tooFewStepsAndAPlainHttpSourceAreBothReported() {
    String broken =
        MINIMAL
            .replace("  - {id: c, title: {nl: C, en: C}, body: {nl: Tekst., en: Text.}}\n", "")
            .replace("https://www.werk.nl/", "http://www.werk.nl/");

    assertThatThrownBy(() -> ContentReader.read("M1.yaml", broken))
        .isInstanceOfSatisfying(
            InvalidContentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ContentProblem::path)
                    .contains("steps", "sources[0].url"));
  }

  @Test
  void theIdMustMatchTheFileAndTheCardTheModule() {
    assertThatThrownBy(() -> ContentReader.read("M2.yaml", MINIMAL))
        .hasMessageContaining("M2.yaml: id: must match the file name");
    String wrongCard = MINIMAL.replace("id: RK1", "id: RK2");
    assertThatThrownBy(() -> ContentReader.read("M1.yaml", wrongCard))
        .hasMessageContaining("card.id: must be RK1");
  }

  @Test
  void brokenYamlIsReportedNotThrownRaw() {
    assertThatThrownBy(() -> ContentReader.read("M1.yaml", "id: [unclosed"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("M1.yaml: is not valid YAML");
  }
}
