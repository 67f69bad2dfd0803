package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.ResultCard;
import nl.onakoers.web.ErrorPage.TypedText;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

class TypedAnswersTest {

  private static final ResultCard RK3 =
      ContentCatalog.fromClasspath().moduleOfCard("RK3").orElseThrow().card();

  @Test
  void everyTypedTextComesBackWithItsFieldLabelAndBlankOnesAreLeftOut() {
    var form = new MultivaluedHashMap<String, String>();
    form.add("f.wensberoep", "Monteur zonnepanelen");
    form.add("f.taken", "  ");
    form.add("n.eisen", "2");
    form.add("f.eisen.1.eis", "Rijbewijs B");

    List<TypedText> typed = TypedAnswers.of(RK3, form, "nl");

    assertThat(typed)
        .containsExactly(
            new TypedText("Mijn wensberoep", "Monteur zonnepanelen"),
            new TypedText("Wat heb je nodig voor dit beroep? 2: Eis", "Rijbewijs B"));
  }

  @Test
  void aFormThatClaimsHugeListsIsReadOnlyUpToTheCardsLimits() {
    var form = new MultivaluedHashMap<String, String>();
    form.add("n.eisen", "100000000");
    form.add("f.eisen.99999.eis", "far beyond the limit");
    form.add("f.eisen.0.eis", "Diploma");

    assertThat(TypedAnswers.of(RK3, form, "en"))
        .extracting(TypedText::text)
        .containsExactly("Diploma");
  }

  @Test
  void typedTextIsCutAtTheFieldsLimitAndRepeatedValuesAtTheFormsLimit() {
    var form = new MultivaluedHashMap<String, String>();
    form.add("f.wensberoep", "a".repeat(100_000));
    for (int i = 0; i < 1000; i++) {
      form.add("f.taken", "b".repeat(3000));
    }

    List<TypedText> typed = TypedAnswers.of(RK3, form, "nl");

    assertThat(typed.get(0).text()).hasSize(120);
    assertThat(typed.get(1).text().length()).isLessThanOrEqualTo(20 * 2001);
  }

  @Test
  void theExpiredPageShowsTheTypedTextEscapedInReadOnlyBoxes() {
    var page =
        new Templates()
            .render(
                "error.jte",
                java.util.Map.of(
                    "t", nl.onakoers.web.Messages.forLanguage("nl"),
                    "title", "Je sessie is verlopen",
                    "text", "Open de activiteit opnieuw.",
                    "errorCode", "SESSION-EXPIRED",
                    "reference", "ONA-ABC123",
                    "typed", List.of(new TypedText("Mijn wensberoep", "<script>x()</script>"))));

    assertThat(page)
        .contains("Dit had je getypt")
        .contains("<label for=\"typed-0\">Mijn wensberoep</label>")
        .contains("<textarea id=\"typed-0\" readonly rows=\"4\">&lt;script&gt;x()&lt;/script&gt;")
        .doesNotContain("<script>x()");
  }
}
