package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.lti.ags.ActivityProgress;
import nl.onakoers.lti.ags.GradingProgress;
import nl.onakoers.lti.ags.OutboxScore;
import nl.onakoers.lti.ags.OutboxStatus;
import nl.onakoers.lti.ags.Score;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.content.QuestionBank;
import nl.onakoers.ona.review.Review;
import nl.onakoers.ona.review.ReviewDecision;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.ReviewProblem;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

/**
 * The coach's review page, the list of handed-in cards and the participant's card with feedback:
 * they render in both languages, every label and summary link points at an element, and hostile
 * feedback comes out escaped.
 */
class CoachTemplateTest {

  private static final Pattern LABEL_FOR = Pattern.compile("<label [^>]*for=\"([^\"]+)\"");
  private static final Pattern SUMMARY_LINK = Pattern.compile("<li><a href=\"#([^\"]+)\"");
  private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");
  private static final String HOSTILE = "<script>alert(1)</script>\" onmouseover=\"x";

  private final Templates templates = new Templates();
  private final ContentCatalog content = ContentCatalog.fromClasspath();
  private final QuestionBank bank = QuestionBank.fromClasspath();

  @Test
  void everyReviewPageLabelsEveryInputAndItsSummaryLinksPointSomewhere() {
    for (Module module : content.modules()) {
      for (String lang : List.of("nl", "en")) {
        List<ReviewProblem> problems =
            List.of(
                new ReviewProblem("coach.error.approve.level", "A"),
                new ReviewProblem("coach.error.approve.check", "check-0"),
                new ReviewProblem("coach.error.feedback", "overall"));
        String html = reviewPage(module, lang, problems, List.of());
        Set<String> ids = all(ID, html);

        assertThat(all(LABEL_FOR, html)).as(module.id() + " labels").isSubsetOf(ids);
        assertThat(all(SUMMARY_LINK, html)).as(module.id() + " summary links").isSubsetOf(ids);
        assertThat(html).doesNotContain("[coach.").doesNotContain("[card.");
        assertThat(html)
            .as("a fieldset with legend per criterion")
            .contains("<fieldset class=\"field criterion\" id=\"c-A\"")
            .containsPattern("name=\"level.A\"\\s+value=\"3\"");
      }
    }
  }

  @Test
  void hostileAnswersAndFeedbackAreEscapedOnTheReviewPage() {
    Module m3 = content.module("M3").orElseThrow();
    Review earlier = review(HOSTILE);

    String html = reviewPage(m3, "nl", List.of(), List.of(earlier));

    assertThat(html)
        .doesNotContain("<script>alert(1)</script>")
        .doesNotContainPattern("<[^>]*onmouseover")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("Teruggestuurd").contains("score 4 van 12");
  }

  @Test
  void typedChoicesAndFeedbackComeBackAfterARefusedApproval() {
    Module m3 = content.module("M3").orElseThrow();
    ReviewForm typed =
        new ReviewForm(
            5, Map.of("B", 1), List.of(true, false), "Goed begin", Map.of("plan-b", "Welke stap?"));
    ReviewPage page =
        page(m3, "nl", typed, List.of(new ReviewProblem("coach.error.approve.level", "B")));

    String html = templates.render("coach/review.jte", Map.of("page", page));

    assertThat(html)
        .containsPattern("id=\"level-B-1\" name=\"level.B\"\\s+value=\"1\" checked")
        .containsPattern("id=\"check-0\" name=\"check.0\" value=\"yes\"\\s+checked")
        .doesNotContainPattern("id=\"check-1\" name=\"check.1\" value=\"yes\"\\s+checked")
        .contains(">Goed begin</textarea>")
        .contains(">Welke stap?</textarea>")
        .contains("name=\"version\" value=\"5\"");
    assertThat(html)
        .as("each feedback box names its question for a screen reader")
        .containsPattern(
            "Feedback bij deze vraag<span\\s+class=\"visually-hidden\">: Mijn tussenstap");
  }

  @Test
  void theListShowsParticipantsAndGradeDeliveryEscaped() {
    Module m3 = content.module("M3").orElseThrow();
    var failed = new GradeDelivery("coach.grade.failed", "FullyGraded", HOSTILE);
    var rows =
        List.of(
            new SubmissionRow(
                "row-1", HOSTILE, "3-12-2026 16:33", "card.status.ingediend", "2 uur", failed));

    String html =
        templates.render(
            "coach/submissions.jte",
            Map.of(
                "t",
                Messages.forLanguage("en"),
                "token",
                "tok",
                "module",
                m3,
                "rows",
                rows,
                "notice",
                ""));

    assertThat(html)
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;")
        .contains("Did not reach the LMS")
        .contains("action=\"/app/c/grades/row-1/retry\"")
        .contains("href=\"/app/c/reviews/row-1?s=tok\"")
        .as("the crumb leads to the coach's start page, not back to /app (this card again)")
        .contains("<p class=\"crumbs\"><a href=\"/app/c/cards?s=tok\">");
  }

  @Test
  void theListShowsThePlatformsReasonForAFailedGrade() {
    Instant at = Instant.parse("2026-12-03T15:33:10Z");
    var refused =
        new OutboxScore(
            7,
            "reg-1",
            URI.create("https://lms.example/lineitems/3/lineitem"),
            null,
            new Score(
                "3", at, ActivityProgress.COMPLETED, GradingProgress.FULLY_GRADED, 1.0, 2.0, null),
            1,
            at,
            OutboxStatus.FAILED,
            "HTTP 400: User <b>3</b> is not gradable",
            at);
    var rows =
        List.of(
            new SubmissionRow(
                "row-1",
                "Sam",
                "3-12-2026 16:33",
                "card.status.ingediend",
                "2 uur",
                GradeDelivery.of(Optional.of(refused))));

    String html =
        templates.render(
            "coach/submissions.jte",
            Map.of(
                "t",
                Messages.forLanguage("nl"),
                "token",
                "tok",
                "module",
                content.module("M3").orElseThrow(),
                "rows",
                rows,
                "notice",
                ""));

    assertThat(html).contains("HTTP 400: User &lt;b&gt;3&lt;/b&gt; is not gradable");
  }

  @Test
  void theParticipantSeesTheFeedbackNextToTheFieldAndEscaped() {
    Module m3 = content.module("M3").orElseThrow();
    ParticipantCard card = card(m3, CardStatus.FEEDBACK);
    CardPage page =
        new CardPage(Messages.forLanguage("nl"), "tok", m3, card, List.of(), "", review(HOSTILE));

    String html = templates.render("participant/card.jte", Map.of("page", page));

    assertThat(html)
        .contains("Feedback van je begeleider")
        .contains("id=\"f-plan-b-feedback\"")
        .containsPattern("aria-describedby=\"f-plan-b-hint f-plan-b-feedback\"")
        .doesNotContain("<script>alert(1)</script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
  }

  private String reviewPage(
      Module module, String lang, List<ReviewProblem> problems, List<Review> history) {
    ParticipantCard card = card(module, CardStatus.INGEDIEND);
    ReviewForm form = new ReviewForm(card.version(), Map.of(), List.of(), "", Map.of());
    ReviewPage page =
        new ReviewPage(
            Messages.forLanguage(lang),
            "tok",
            module,
            card,
            HOSTILE,
            history,
            form,
            problems,
            bank.forModule(module.id()),
            GradeDelivery.of(Optional.empty()),
            "");
    return templates.render("coach/review.jte", Map.of("page", page));
  }

  private ReviewPage page(
      Module module, String lang, ReviewForm form, List<ReviewProblem> problems) {
    return new ReviewPage(
        Messages.forLanguage(lang),
        "tok",
        module,
        card(module, CardStatus.INGEDIEND),
        "user-42",
        List.of(),
        form,
        problems,
        bank.forModule(module.id()),
        GradeDelivery.of(Optional.empty()),
        "");
  }

  private static ParticipantCard card(Module module, CardStatus status) {
    Answers answers =
        new Answers(
            Map.of(
                module.card().fields().get(0).id(),
                List.of(HOSTILE),
                "plan-b",
                List.of("Magazijn")));
    return new ParticipantCard(
        "row-1",
        new CardOwner("r", "c", "user-42"),
        module.card().id(),
        module.contentVersion(),
        status,
        answers,
        5,
        Instant.parse("2026-12-03T15:00:00Z"),
        Instant.parse("2026-12-03T15:00:00Z"),
        null);
  }

  private static Review review(String text) {
    return new Review(
        "rev-1",
        "row-1",
        4,
        "coach-7",
        ReviewDecision.RETURNED,
        Map.of("A", 1, "B", 1, "C", 1, "D", 1),
        List.of(true, false),
        text,
        Map.of("plan-b", text),
        4,
        12,
        Instant.parse("2026-12-03T15:30:00Z"));
  }

  private static Set<String> all(Pattern pattern, String html) {
    Set<String> found = new HashSet<>();
    Matcher m = pattern.matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
