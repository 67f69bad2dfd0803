package nl.onakoers.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.config.Settings;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.launch.MoodleLaunchSessions;
import nl.onakoers.lti.nrps.CourseRoster;
import nl.onakoers.lti.nrps.MoodleNrpsStub;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.infrastructure.JpaLaunchSessionRepository;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.overview.OverviewQuery;
import nl.onakoers.ona.overview.infrastructure.JpaCourseActivityRepository;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The group overview of the Moodle fixture course with nothing hand-copied: teacher1's captured
 * launch opens the coach session, Moodle's captured NRPS answers come from a loopback stub through
 * the real {@code Memberships} and {@link CourseRoster}, and student1's RK3 (after the captured
 * {@code student1-rk3} launch) is the tool's own data in an H2 database.
 */
class MoodleRosterOverviewTest {

  private static final String MEMBERSHIPS = MoodleNrpsStub.MEMBERSHIPS_URL;

  /** student1's RK3 launch, then the coach opens the overview in the session of teacher1's. */
  private static final Instant RK3_LAUNCH = MoodleFixtures.capturedAt("student1-rk3");

  private static final Instant NOW = RK3_LAUNCH.plusSeconds(10 * 60);
  private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern NAME =
      Pattern.compile("<th scope=\"row\">\\s*<a href=\"[^\"]*\">([^<]*)</a>");
  private static final Pattern CELL =
      Pattern.compile("<td class=\"cell status-([a-z-]+)\">(.*?)</td>", Pattern.DOTALL);

  private final LaunchSession coach = MoodleLaunchSessions.replayed("teacher1");
  private MoodleNrpsStub moodle;
  private Database database;
  private GroupOverviewPages pages;

  @BeforeEach
  void start() {
    moodle = MoodleNrpsStub.start();
    database = TestDatabases.open(DatabaseKind.H2);
    pages = pages();
    givenStudent1LaunchedAndSubmittedRk3();
  }

  @AfterEach
  void stop() {
    moodle.close();
    database.close();
  }

  @Test
  void theCoachLaunchShowsEveryCapturedLearnerWithTheToolsOwnCardData() {
    moodle.answer(MEMBERSHIPS, "nrps-memberships-get.json");

    String html = pages.overviewPage(coach, "tok", OverviewQuery.everything());

    Map<String, Map<String, String>> rows = rows(html);
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(captured("Learner"));
    assertThat(rows.keySet()).doesNotContainAnyElementsOf(captured("Instructor"));
    assertThat(rows.get("Student1 Probe"))
        .containsEntry("RK3", "ingediend Submitted")
        .hasSize(pages.cardIds().size());
    assertThat(withoutRk3(rows.get("Student1 Probe"))).containsOnly("new Not started");
    assertThat(rows.get("Student2 Probe").values()).containsOnly("new Not started");
    assertThat(html).doesNotContain("class=\"notice\"").contains("LTI Probe Course");
    assertThat(moodle.requested()).containsExactly(MEMBERSHIPS);
  }

  @Test
  void theCapturedNextLinkIsFollowedToTheRestOfTheRoster() {
    // Moodle pages only when asked with limit, and the roster never asks; a platform that pages
    // on its own answers the plain URL like this. The second page was not captured.
    moodle
        .answer(MEMBERSHIPS, "nrps-memberships-get-paged.json")
        .answerRest(capturedNextLink(), "nrps-memberships-get.json", 2);

    String html = pages.overviewPage(coach, "tok", OverviewQuery.everything());

    assertThat(moodle.requested()).containsExactly(MEMBERSHIPS, MEMBERSHIPS + "?limit=2&from=2");
    Map<String, Map<String, String>> rows = rows(html);
    assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(captured("Learner"));
    assertThat(rows.get("Student1 Probe")).containsEntry("RK3", "ingediend Submitted");
    assertThat(html).doesNotContain("class=\"notice\"");
  }

  @Test
  void aSecondPageThePlatformDoesNotServeDegradesToWhoLaunchedWithANotice() {
    moodle.answer(MEMBERSHIPS, "nrps-memberships-get-paged.json");

    String html = pages.overviewPage(coach, "tok", OverviewQuery.everything());

    assertThat(moodle.requested()).hasSize(2);
    assertThat(html)
        .contains("class=\"notice\" role=\"status\"")
        .contains("could not be loaded from your LMS");
    Map<String, Map<String, String>> rows = rows(html);
    assertThat(rows.keySet()).containsExactly("Student1 Probe");
    assertThat(rows.get("Student1 Probe")).containsEntry("RK3", "ingediend Submitted");
  }

  private void givenStudent1LaunchedAndSubmittedRk3() {
    LaunchSession student1 = MoodleLaunchSessions.replayed("student1-rk3");
    var sessions = new JpaLaunchSessionRepository(database);
    sessions.add(coach);
    sessions.add(student1);

    var cards = new JpaParticipantCardRepository(database);
    CardOwner owner =
        new CardOwner(student1.registrationId(), student1.contextId(), student1.userId());
    ParticipantCard blank = ParticipantCard.blank(owner, "RK3", "2025.1");
    ParticipantCard draft =
        cards.save(
            changed(blank, CardStatus.CONCEPT, RK3_LAUNCH.plusSeconds(60), null),
            0,
            null,
            RK3_LAUNCH.plusSeconds(60));
    Instant submitted = RK3_LAUNCH.plusSeconds(120);
    cards.save(
        changed(draft, CardStatus.INGEDIEND, submitted, submitted),
        draft.version(),
        "submitted",
        submitted);
  }

  private static ParticipantCard changed(
      ParticipantCard card, CardStatus status, Instant at, Instant submittedAt) {
    Answers answers = new Answers(Map.of("wensberoep", List.of("Monteur zonnepanelen")));
    return new ParticipantCard(
        card.id(),
        card.owner(),
        card.cardId(),
        card.contentVersion(),
        status,
        answers,
        card.version(),
        at,
        submittedAt,
        card.lineItemUrl());
  }

  /** The names of the captured members with {@code role}, e.g. {@code Learner}. */
  @SuppressWarnings("unchecked")
  private static List<String> captured(String role) {
    Map<String, Object> response =
        (Map<String, Object>) MoodleFixtures.json("nrps-memberships-get.json").get("response");
    List<Map<String, Object>> members =
        (List<Map<String, Object>>) ((Map<String, Object>) response.get("body")).get("members");
    List<String> names =
        members.stream()
            .filter(m -> ((List<?>) m.get("roles")).contains(role))
            .map(m -> (String) m.get("name"))
            .toList();
    assertThat(names).as("captured " + role + "s").isNotEmpty();
    return names;
  }

  @SuppressWarnings("unchecked")
  private static String capturedNextLink() {
    Map<String, Object> response =
        (Map<String, Object>)
            MoodleFixtures.json("nrps-memberships-get-paged.json").get("response");
    String link = (String) ((Map<String, Object>) response.get("headers")).get("Link");
    Matcher next = Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link);
    assertThat(next.find()).as("a next link in " + link).isTrue();
    return next.group(1);
  }

  /** Per row of the matrix, its name and per card the cell's status id and label. */
  private Map<String, Map<String, String>> rows(String html) {
    String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    List<String> cardIds = pages.cardIds();
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(body);
    while (row.find()) {
      Matcher name = NAME.matcher(row.group(1));
      assertThat(name.find()).as("a name in " + row.group(1)).isTrue();
      Map<String, String> cells = new LinkedHashMap<>();
      Matcher cell = CELL.matcher(row.group(1));
      for (int i = 0; cell.find(); i++) {
        String label = cell.group(2).replaceAll("<[^>]*>", " ").strip();
        cells.put(cardIds.get(i), cell.group(1) + " " + label);
      }
      rows.put(name.group(1), cells);
    }
    return rows;
  }

  private static List<String> withoutRk3(Map<String, String> cells) {
    Map<String, String> others = new LinkedHashMap<>(cells);
    others.remove("RK3");
    return List.copyOf(others.values());
  }

  private GroupOverviewPages pages() {
    InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
    registrations.save(MoodleFixtures.registration());
    GroupOverviewPages result = new GroupOverviewPages();
    result.roster = new CourseRoster(moodle.memberships(), registrations);
    result.activity = new JpaCourseActivityRepository(database);
    result.cards = new JpaParticipantCardRepository(database);
    result.content = ContentCatalog.fromClasspath();
    result.templates = new Templates();
    result.settings = new Settings(key -> null);
    result.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return result;
  }
}
