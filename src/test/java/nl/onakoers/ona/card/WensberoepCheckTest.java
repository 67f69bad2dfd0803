package nl.onakoers.ona.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.FieldType;
import nl.onakoers.ona.content.ResultCard;
import org.junit.jupiter.api.Test;

/** The friendly warning when vacancies do not mention the wensberoep from RK3. */
class WensberoepCheckTest {

  private static final ContentCatalog CONTENT = ContentCatalog.fromClasspath();

  @Test
  void aVacancyMentioningTheWensberoepInAnyCaseIsFine() {
    var words = WensberoepCheck.words("Monteur zonnepanelen");

    assertThat(WensberoepCheck.mentions("MONTEUR bij SolarNu", words)).isTrue();
    assertThat(WensberoepCheck.mentions("Zonnepanelen-installateur", words)).isTrue();
    assertThat(WensberoepCheck.mentions("Magazijnmedewerker", words)).isFalse();
  }

  @Test
  void longWordsMatchInsideDutchCompoundsShortWordsOnlyWhole() {
    assertThat(WensberoepCheck.mentions("Wijkverpleegkundige", words("Verpleegkundige"))).isTrue();
    assertThat(WensberoepCheck.mentions("Kok in een hotel", words("kok"))).isTrue();
    assertThat(WensberoepCheck.mentions("Verkoper kokosnoten", words("kok"))).isFalse();
    assertThat(WensberoepCheck.mentions("Café-medewerker", words("Cafe medewerker"))).isTrue();
  }

  @Test
  void fillerAndShortWordsOfTheWensberoepAreIgnored() {
    assertThat(WensberoepCheck.words("Medewerker in de zorg")).containsExactly("zorg");
    assertThat(WensberoepCheck.words("de")).isEmpty();
  }

  @Test
  void rk4WarnsPerVacancyThatDoesNotMentionIt() {
    Answers answers =
        new Answers(
            Map.of(
                "vacatures", List.of("3"),
                "vacatures.0.titel", List.of("Monteur zonnepanelen"),
                "vacatures.1.titel", List.of("Chauffeur"),
                "vacatures.1.werkgever", List.of("PostNL"),
                "vacatures.2.titel", List.of("Installateur"),
                "vacatures.2.link", List.of("https://werk.nl/vacature/monteur-zonnepanelen")));

    List<CardFinding> findings = WensberoepCheck.check("RK4", answers, "Monteur zonnepanelen");

    assertThat(findings)
        .containsExactly(
            new CardFinding("vacatures.1.titel", "vacatures", "evidence.check.wensberoep", false));
  }

  @Test
  void rk7ChecksItsOneVacancy() {
    Answers other = new Answers(Map.of("vacature", List.of("Kapper bij Salon Anna")));
    Answers same = new Answers(Map.of("vacature", List.of("Helpende Zorg bij Zorggroep")));

    assertThat(WensberoepCheck.check("RK7", other, "Helpende zorg")).hasSize(1);
    assertThat(WensberoepCheck.check("RK7", same, "Helpende zorg")).isEmpty();
  }

  @Test
  void noWensberoepOrACardWithoutVacanciesGivesNoWarning() {
    Answers answers = new Answers(Map.of("vacature", List.of("Kapper")));

    assertThat(WensberoepCheck.check("RK7", answers, "")).isEmpty();
    assertThat(WensberoepCheck.check("RK7", answers, null)).isEmpty();
    assertThat(WensberoepCheck.check("RK3", answers, "Monteur")).isEmpty();
    assertThat(WensberoepCheck.check("RK7", Answers.none(), "Monteur")).isEmpty();
  }

  @Test
  void theFieldsTheCheckReadsExistInTheContent() {
    ResultCard rk3 = CONTENT.moduleOfCard("RK3").orElseThrow().card();
    ResultCard rk4 = CONTENT.moduleOfCard("RK4").orElseThrow().card();
    ResultCard rk7 = CONTENT.moduleOfCard("RK7").orElseThrow().card();

    assertThat(rk3.field(WensberoepCheck.WENSBEROEP_FIELD)).isPresent();
    assertThat(rk4.field("vacatures").orElseThrow().entryFields())
        .extracting(f -> f.id())
        .contains("titel", "werkgever", "link");
    assertThat(rk7.field("vacature").orElseThrow().type()).isEqualTo(FieldType.SHORT);
  }

  private static List<String> words(String wensberoep) {
    return WensberoepCheck.words(wensberoep);
  }
}
