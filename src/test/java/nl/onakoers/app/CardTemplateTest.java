package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardChecks;
import nl.onakoers.ona.card.CardFinding;
import nl.onakoers.ona.card.CardHistoryEvent;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.EvidenceFile;
import nl.onakoers.ona.evidence.EvidenceType;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

/** The rendered card form, for every card: labels, groups and the error summary point somewhere. */
class CardTemplateTest {

  private static final Pattern LABEL_FOR = Pattern.compile("<label for=\"([^\"]+)\"");
  private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

  private final Templates templates = new Templates();
  private final ContentCatalog content = ContentCatalog.fromClasspath();

  @Test
  void everyLabelAndEverySummaryLinkPointsAtAnElementOnTheFilledInCard() {
    for (Module module : content.modules()) {
      Answers answers = new Answers(Map.of("eisen", List.of("2"), "werkervaring", List.of("1")));
      String html = render(module, answers);
      Set<String> ids = all(ID, html);

      assertThat(all(LABEL_FOR, html)).as(module.id() + " labels").isSubsetOf(ids);
      assertThat(all(SUMMARY_LINK, html)).as(module.id() + " summary links").isSubsetOf(ids);
      assertThat(html).as(module.id() + " error summary").contains("id=\"error-summary\"");
    }
  }

  @Test
  void theScaleIsAFieldsetWithALegendAndEachOptionHasItsLabel() {
    Module m3 = content.module("M3").orElseThrow();

    String html = render(m3, Answers.none());

    assertThat(html)
        .contains("<fieldset class=\"field\" id=\"f-zeker\"")
        .containsPattern("<legend>Hoe zeker ben je van dit beroep\\?</legend>")
        .contains("<label class=\"option\"><input type=\"radio\" name=\"f.zeker\" value=\"1\"");
  }

  @Test
  void autosaveKnowsWhatToSayWhenTheSessionRanOut() {
    String html = render(content.module("M3").orElseThrow(), Answers.none());

    assertThat(html)
        .contains("data-expired=\"Je sessie is verlopen. Dit is niet bewaard. Kopieer je tekst.");
  }

  @Test
  void withOnlyWarningsTheSummaryTakesTheFocusAndTheConfirmationFollowsIt() {
    Module m3 = content.module("M3").orElseThrow();
    Answers answers = new Answers(Map.of("plan-b", List.of("weet ik niet")));
    List<CardFinding> warnings =
        CardChecks.check(m3.card(), answers).stream().filter(f -> !f.error()).toList();
    assertThat(warnings).as("findings on plan-b").isNotEmpty();

    String html = render(m3, answers, warnings);

    String summary = html.substring(html.indexOf("<div class=\"notice warning-summary\""));
    summary = summary.substring(0, summary.indexOf("</div>"));
    assertThat(summary)
        .contains("role=\"alert\"", "tabindex=\"-1\"", "id=\"warning-summary\"")
        .contains("aria-labelledby=\"warning-summary-title\"")
        .contains("<li><a href=\"#f-plan-b\">");
    // Right after the remarks, before any field: the next Tab stops there.
    assertThat(summary.substring(summary.indexOf("</ul>")))
        .contains("<input type=\"checkbox\" id=\"confirm\" name=\"confirm\" value=\"yes\"")
        .contains("form=\"card-form\"")
        .contains("value=\"submit\" form=\"card-form\"");
    assertThat(html).containsOnlyOnce("name=\"confirm\"").doesNotContain("id=\"error-summary\"");
  }

  @Test
  void theCardScriptFocusesTheWarningSummaryBeforeTheNotice() throws Exception {
    String script;
    try (var in = getClass().getResourceAsStream("/nl/onakoers/web/static/card.js")) {
      script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    // The first of these on the page gets the focus: the script names them in this order.
    assertThat(script.indexOf("'warning-summary'"))
        .isGreaterThan(script.indexOf("'error-summary'"))
        .isLessThan(script.indexOf("'card-notice'"));
  }

  @Test
  void aWarningIsNotMarkedAsAnError() {
    Module m3 = content.module("M3").orElseThrow();
    Answers answers = new Answers(Map.of("betaald", List.of("vrijwilligerswerk")));

    String html = render(m3, answers);

    assertThat(html)
        .contains("<p class=\"field-warning\">Vrijwilligerswerk is goed om te oefenen.")
        .containsPattern("<select id=\"f-betaald\"[^>]*aria-invalid=\"false\"");
  }

  @Test
  void evidenceFilesUploadFormsAndTheHistoryAreLabelledAndEscaped() {
    Module m7 = content.module("M7").orElseThrow();
    CardOwner owner = new CardOwner("r", "c", "u");
    EvidenceFile file =
        new EvidenceFile(
            "f-1",
            owner,
            "row-1",
            "RK7",
            "cv",
            "<img src=x onerror=alert(1)>.png",
            EvidenceType.PNG,
            2048,
            "ab",
            Instant.parse("2026-05-01T10:00:00Z"));
    Messages t = Messages.forLanguage("nl");
    var evidence =
        new EvidenceView(
            t,
            "tok",
            m7.card(),
            true,
            5242880,
            true,
            List.of(file),
            "brief",
            "evidence.error.type");
    var history =
        new HistoryView(
            t,
            List.of(
                new CardHistoryEvent("created", Instant.parse("2026-05-01T10:00:00Z")),
                new CardHistoryEvent("something-new", Instant.parse("2026-05-02T08:00:00Z"))));

    String html = render(m7, Answers.none(), Map.of("evidence", evidence, "history", history));

    assertThat(all(LABEL_FOR, html)).isSubsetOf(all(ID, html));
    assertThat(html)
        .doesNotContain("<img src=x")
        .contains("&lt;img src=x onerror=alert(1)&gt;.png")
        .contains("href=\"/app/evidence/f-1?s=tok\"")
        .contains("form=\"evidence-upload-brief\"")
        .contains("id=\"evidence-upload-brief\"")
        .contains("enctype=\"multipart/form-data\"")
        .contains("form=\"evidence-delete-f-1\"")
        .contains("Dit soort bestand kan niet.")
        .contains("1 mei 2026, 12:00</time>: Je hebt de kaart voor het eerst opgeslagen.")
        .contains("Er is iets veranderd aan je kaart.");
    assertThat(html.indexOf("id=\"evidence-upload-cv\""))
        .as("the upload form, with the session token, comes before the file input")
        .isLessThan(html.indexOf("type=\"file\""));
  }

  private String render(Module module, Answers answers) {
    return render(module, answers, Map.of());
  }

  private String render(Module module, Answers answers, List<CardFinding> findings) {
    return render(module, answers, findings, Map.of());
  }

  private String render(Module module, Answers answers, Map<String, Object> extra) {
    return render(module, answers, CardChecks.check(module.card(), answers), extra);
  }

  private String render(
      Module module, Answers answers, List<CardFinding> findings, Map<String, Object> extra) {
    ParticipantCard blank =
        ParticipantCard.blank(new CardOwner("r", "c", "u"), module.card().id(), "1");
    ParticipantCard card =
        new ParticipantCard(
            blank.id(),
            blank.owner(),
            blank.cardId(),
            blank.contentVersion(),
            blank.status(),
            answers,
            blank.version(),
            blank.updatedAt(),
            blank.submittedAt(),
            null);
    CardPage page = new CardPage(Messages.forLanguage("nl"), "token", module, card, findings, "");
    Map<String, Object> parameters = new java.util.HashMap<>(extra);
    parameters.put("page", page);
    return templates.render("participant/card.jte", parameters);
  }

  private static Set<String> all(Pattern pattern, String html) {
    Set<String> found = new HashSet<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
