package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.nrps.CourseRoster;
import nl.onakoers.lti.nrps.Member;
import nl.onakoers.lti.nrps.Memberships;
import nl.onakoers.lti.nrps.RosterUnavailableException;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.TestSessions;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.overview.CardProgress;
import nl.onakoers.ona.overview.CourseActivity;
import nl.onakoers.ona.overview.GradeInLms;
import nl.onakoers.ona.overview.OverviewQuery;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

/**
 * The coach's pages from Moodle's captured roster plus the tool's own data: what they show, what
 * they refuse, and that they never reach another course or platform.
 */
class GroupOverviewPagesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T15:32:18Z");
  private static final String MOODLE = MoodleFixtures.REGISTRATION_ID;
  private static final Member STUDENT1 = learner("4", "Student1 Probe");
  private static final Member STUDENT2 = learner("5", "Student2 Probe");
  private static final Member TEACHER1 =
      new Member("3", "Teacher1 Probe", null, null, null, null, Roles.of(List.of("Instructor")));

  private List<Member> roster = List.of(STUDENT1, STUDENT2, TEACHER1);
  private RuntimeException rosterFailure;
  private final Map<String, CourseActivity> activities = new HashMap<>();
  private final Map<String, ParticipantCard> cards = new HashMap<>();
  private final GroupOverviewPages pages = pages();

  @Test
  void theOverviewShowsTheRosterAndTheSubmittedCardAsText() {
    givenStudent1SubmittedRk3();

    String html = pages.overviewPage(coach(), "tok", OverviewQuery.everything());

    assertThat(html)
        .contains("<h2 id=\"matrix-title\" class=\"matrix-title\">")
        .contains("aria-labelledby=\"matrix-title\"")
        .contains("<caption class=\"visually-hidden\">")
        .contains("<th scope=\"col\">Deelnemer</th>")
        .contains("<abbr title=\"Mijn wensberoep\">RK3</abbr>")
        .contains(">Student1 Probe</a>")
        .contains(">Student2 Probe</a>")
        .doesNotContain("Teacher1 Probe")
        .contains("<td class=\"cell status-ingediend\"><a\n")
        .contains("href=\"/app/c/cards/RK3?s=tok\">Ingediend</a></td>")
        .contains("<td class=\"cell status-new\">Nog niet begonnen</td>")
        .contains("href=\"/app/overview/participant?s=tok&amp;user=5\"")
        .contains("2 van 2 deelnemers")
        .doesNotContain("class=\"notice\"");
    assertThat(rowOf(html, "Student2 Probe")).contains("Nog niet begonnen").contains("Nog nooit");
  }

  @Test
  void aFailedRosterDegradesToWhoLaunchedWithANotice() {
    rosterFailure = new RosterUnavailableException("Roster rejected: HTTP 500");
    givenStudent1SubmittedRk3();

    String html = pages.overviewPage(coach(), "tok", OverviewQuery.everything());

    assertThat(html)
        .contains("class=\"notice\" role=\"status\"")
        .contains("De deelnemerslijst van je LMS is nu niet te laden.")
        .contains(">Student1 Probe</a>")
        .doesNotContain("Student2 Probe")
        .doesNotContain("Niet in de lijst van het LMS");
  }

  @Test
  void someoneWhoLaunchedButIsNotInTheRosterGetsABadgeWithText() {
    activities.put(
        MOODLE + "/2", new CourseActivity(List.of(), Map.of(), Map.of("9", "Late Enrolment")));

    String html = pages.overviewPage(coach(), "tok", OverviewQuery.everything());

    assertThat(rowOf(html, "Late Enrolment"))
        .contains("<span class=\"badge\">Niet in de lijst van het LMS</span>");
  }

  @Test
  void namesFromThePlatformAreEscaped() {
    roster = List.of(learner("4", "<script>alert(1)</script>"));

    String html = pages.overviewPage(coach(), "tok", OverviewQuery.everything());

    assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
  }

  @Test
  void theFilterFormIsAPlainGetFormThatKeepsTheChoices() {
    givenStudent1SubmittedRk3();
    OverviewQuery query = OverviewQuery.parse("ingediend", "RK3", "yes", "activity", cardIds());

    String html = pages.overviewPage(coach(), "tok", query);

    assertThat(html)
        .contains("<form method=\"get\" action=\"/app/overview\" class=\"overview-filter\">")
        .contains("<input type=\"hidden\" name=\"s\" value=\"tok\">")
        .containsPattern("<option value=\"ingediend\" selected>\\s*Ingediend</option>")
        .containsPattern("<option value=\"RK3\" selected>")
        .containsPattern("<option value=\"activity\" selected>")
        .contains("checked")
        .contains("<label for=\"f-status\">");
  }

  @Test
  void learnersAndCourselessLaunchesAreRefused() {
    LaunchSession learner = TestSessions.learner("l", MOODLE, "2", "4", "Student1 Probe");
    LaunchSession noCourse = TestSessions.coach(MOODLE, null);

    assertThat(GroupOverviewPages.refusal(learner))
        .contains(new GroupOverviewPages.Refusal(403, "overview.forbidden", "COACH-ONLY"));
    assertThat(GroupOverviewPages.refusal(noCourse))
        .contains(new GroupOverviewPages.Refusal(404, "overview.nocourse", "NO-COURSE"));
    assertThat(GroupOverviewPages.refusal(coach())).isEmpty();
  }

  @Test
  void theParticipantPageShowsCardsActivityAndWensberoep() {
    givenStudent1SubmittedRk3();

    String html = pages.participantPage(coach(), "tok", "4").orElseThrow();

    assertThat(html)
        .contains("<h1>Student1 Probe</h1>")
        .contains("Monteur zonnepanelen")
        .contains("Techniek")
        .contains("Hulp in een magazijn")
        .contains("<th scope=\"row\">RK3 Mijn wensberoep</th>")
        .contains("href=\"/app/overview?s=tok\"")
        .containsPattern("1 dec\\.? 2026");
  }

  @Test
  void theParticipantPageOfSomeoneOutsideTheCourseIsNotFound() {
    givenStudent1SubmittedRk3();
    activities.put(
        MOODLE + "/other",
        new CourseActivity(List.of(rk3("77")), Map.of(), Map.of("78", "Other Course")));

    assertThat(pages.participantPage(coach(), "tok", "77")).isEmpty();
    assertThat(pages.participantPage(coach(), "tok", "78")).isEmpty();
    assertThat(pages.participantPage(coach(), "tok", "3")).as("a coach").isEmpty();
    assertThat(pages.participantPage(coach(), "tok", "")).isEmpty();
    assertThat(pages.participantPage(TestSessions.coach("reg-2", "2"), "tok", "4"))
        .as("the same course id on another platform")
        .isEmpty();
  }

  @Test
  void englishSessionsGetEnglishPages() {
    LaunchSession english = withLocale(coach(), "en");

    assertThat(pages.overviewPage(english, "tok", OverviewQuery.everything()))
        .contains("<h1>Group overview</h1>")
        .contains("Not started");
  }

  @Test
  void aCellSaysWhetherItsGradeReachedTheLmsOnlyWhenOneWasSent() {
    Instant at = NOW.minus(Duration.ofDays(1));
    activities.put(
        MOODLE + "/2",
        new CourseActivity(
            List.of(
                new CardProgress("4", "RK3", CardStatus.AKKOORD, at, at, 0, GradeInLms.FAILED),
                new CardProgress("5", "RK3", CardStatus.INGEDIEND, at, at, 0)),
            Map.of(),
            Map.of()));

    String html = pages.overviewPage(coach(), "tok", OverviewQuery.everything());

    assertThat(rowOf(html, "Student1 Probe"))
        .contains("Akkoord<span")
        .contains("class=\"grade\">Cijfer niet in de LMS");
    assertThat(rowOf(html, "Student2 Probe"))
        .contains("Ingediend</a></td>")
        .doesNotContain("class=\"grade\"");
  }

  private void givenStudent1SubmittedRk3() {
    activities.put(
        MOODLE + "/2",
        new CourseActivity(List.of(rk3("4")), Map.of(), Map.of("4", "Student1 Probe")));
    Answers answers =
        new Answers(
            Map.of(
                "wensberoep", List.of("Monteur zonnepanelen"),
                "sector", List.of("techniek"),
                "plan-b", List.of("Hulp in een magazijn")));
    CardOwner owner = new CardOwner(MOODLE, "2", "4");
    cards.put(
        MOODLE + "/2/4/RK3",
        new ParticipantCard(
            "c1",
            owner,
            "RK3",
            "2025.1",
            CardStatus.INGEDIEND,
            answers,
            2,
            NOW.minus(Duration.ofDays(2)),
            NOW.minus(Duration.ofDays(2)),
            null));
  }

  private static CardProgress rk3(String userId) {
    Instant at = NOW.minus(Duration.ofDays(2));
    return new CardProgress(userId, "RK3", CardStatus.INGEDIEND, at, at, 0);
  }

  private static String rowOf(String html, String name) {
    int at = html.indexOf(">" + name + "</a>");
    assertThat(at).as(name + " in the table").isPositive();
    return html.substring(at, html.indexOf("</tr>", at));
  }

  private List<String> cardIds() {
    return pages.cardIds();
  }

  private static LaunchSession coach() {
    return TestSessions.coach(MOODLE, "2");
  }

  private static Member learner(String id, String name) {
    return new Member(id, name, null, null, null, null, Roles.of(List.of("Learner")));
  }

  private static LaunchSession withLocale(LaunchSession s, String locale) {
    return new LaunchSession(
        s.id(),
        s.registrationId(),
        s.deploymentId(),
        s.userId(),
        s.userName(),
        s.userEmail(),
        s.contextId(),
        s.contextTitle(),
        s.resourceLinkId(),
        s.messageType(),
        s.roles(),
        s.coach(),
        s.testUser(),
        s.custom(),
        s.serviceClaims(),
        s.returnUrl(),
        locale,
        s.createdAt(),
        s.expiresAt());
  }

  private GroupOverviewPages pages() {
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    GroupOverviewPages pages = new GroupOverviewPages();
    pages.roster = new CourseRoster(new FakeMemberships(), registrations);
    pages.activity =
        (registration, context, now) ->
            activities.getOrDefault(registration + "/" + context, CourseActivity.none());
    pages.cards = new FakeCards();
    pages.content = ContentCatalog.fromClasspath();
    pages.templates = new Templates();
    pages.settings = new Settings(key -> null);
    pages.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return pages;
  }

  private final class FakeMemberships extends Memberships {
    @Override
    public List<Member> members(Registration registration, String url, Optional<String> rlid) {
      if (rosterFailure != null) {
        throw rosterFailure;
      }
      return roster;
    }
  }

  private final class FakeCards implements ParticipantCardRepository {
    @Override
    public Optional<ParticipantCard> find(CardOwner owner, String cardId) {
      String key =
          owner.registrationId() + "/" + owner.contextId() + "/" + owner.userId() + "/" + cardId;
      return Optional.ofNullable(cards.get(key));
    }

    @Override
    public List<ParticipantCard> findAll(CardOwner owner) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ParticipantCard save(ParticipantCard card, long expected, String kind, Instant at) {
      throw new UnsupportedOperationException("the overview never writes");
    }

    @Override
    public List<String> eventKinds(CardOwner owner, String cardId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<nl.onakoers.ona.card.CardHistoryEvent> history(CardOwner owner, String cardId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ParticipantCard> findInCourse(Course course, String cardRowId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ParticipantCard> findHandedIn(Course course, String cardId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ParticipantCard changeStatus(
        Course course, String rowId, long expected, CardStatus status, String kind, Instant at) {
      throw new UnsupportedOperationException("the overview never writes");
    }
  }
}
