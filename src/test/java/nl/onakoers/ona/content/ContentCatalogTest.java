package nl.onakoers.ona.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCatalogTest {

  private final ContentCatalog catalog = ContentCatalog.fromClasspath();

  @Test
  void theNineShippedModulesLoadInOrderEachWithItsCard() {
    assertThat(catalog.modules())
        .extracting(Module::id)
        .containsExactly("M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9");
    assertThat(catalog.modules())
        .allSatisfy(
            m -> {
              assertThat(m.card().id()).isEqualTo("RK" + m.number());
              assertThat(m.contentVersion()).isNotBlank();
              assertThat(m.steps()).hasSizeBetween(3, 6);
              assertThat(m.sources()).isNotEmpty();
            });
  }

  @Test
  void everyCriterionHasFourLevelsAndEveryCardHasGlobalChecks() {
    assertThat(catalog.modules())
        .allSatisfy(
            m -> {
              assertThat(m.card().rubric().checks()).isNotEmpty();
              assertThat(m.card().rubric().criteria())
                  .allSatisfy(c -> assertThat(c.levels()).hasSize(4));
            });
  }

  @Test
  void rk3AsksWhetherTheOccupationIsPaidAndWarnsAboutVolunteering() {
    ResultCard rk3 = catalog.moduleOfCard("RK3").orElseThrow().card();

    CardField paid = rk3.field("betaald").orElseThrow();

    assertThat(paid.type()).isEqualTo(FieldType.CHOICE);
    assertThat(paid.options())
        .filteredOn(o -> o.id().equals("vrijwilligerswerk"))
        .singleElement()
        .satisfies(o -> assertThat(o.warning()).isNotNull());
  }

  @Test
  void lessonStepsUseShortDutchSentences() {
    List<String> sentences =
        catalog.modules().stream()
            .flatMap(m -> m.steps().stream())
            .flatMap(s -> Arrays.stream(s.body().nl().split("[.?!]\\s+")))
            .toList();

    assertThat(sentences)
        .allSatisfy(s -> assertThat(s.split("\\s+").length).as(s).isLessThanOrEqualTo(20));
  }

  @Test
  void textsAreChosenByLanguageWithDutchAsDefault() {
    Text title = catalog.module("M1").orElseThrow().title();

    assertThat(title.in(null)).isEqualTo("Wie ben ik?");
    assertThat(title.in("en-GB")).isEqualTo("Who am I?");
  }

  @Test
  void anUnknownModuleOrCardIsEmpty() {
    assertThat(catalog.module("M10")).isEmpty();
    assertThat(catalog.moduleOfCard("<script>")).isEmpty();
  }
}
