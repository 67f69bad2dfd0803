package nl.onakoers.ona.overview.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.ona.card.CardStatus;
import nl.onakoers.ona.overview.CardProgress;
import nl.onakoers.ona.overview.CourseActivity;
import nl.onakoers.ona.overview.CourseActivityRepository;
import nl.onakoers.ona.overview.GradeInLms;

/**
 * {@link CourseActivityRepository} as read-only queries over the tables of the card, grade and
 * session features (no table of its own): cards without their answers, the number of {@code
 * returned} events per card, where each card's newest grade is, the latest step per participant,
 * and live learner sessions. Every query names registration and context.
 */
@ApplicationScoped
public class JpaCourseActivityRepository implements CourseActivityRepository {

  /** The card event a coach's "send back" writes; read as a string, owned by the review pages. */
  static final String RETURNED = "returned";

  private static final String COURSE = "c.registrationId = :r and c.contextId = :c";

  private final Database database;

  protected JpaCourseActivityRepository() {
    this(null);
  }

  @Inject
  public JpaCourseActivityRepository(Database database) {
    this.database = database;
  }

  @Override
  public CourseActivity activity(String registrationId, String contextId, Instant now) {
    return database.inTransaction(
        em ->
            new CourseActivity(
                cards(em, registrationId, contextId),
                lastSteps(em, registrationId, contextId),
                launched(em, registrationId, contextId, now)));
  }

  private static List<CardProgress> cards(EntityManager em, String registration, String context) {
    Map<String, Integer> returned = returnedCounts(em, registration, context);
    Map<String, GradeInLms> grades = newestGrades(em, registration, context);
    return em.createQuery(
            "select c.id, c.userId, c.cardId, c.status, c.updatedAt, c.submittedAt"
                + " from ParticipantCardRow c where "
                + COURSE
                + " order by c.userId, c.cardId",
            Object[].class)
        .setParameter("r", registration)
        .setParameter("c", context)
        .getResultStream()
        .map(
            row ->
                new CardProgress(
                    (String) row[1],
                    (String) row[2],
                    CardStatus.valueOf((String) row[3]),
                    instant(row[4]),
                    instant(row[5]),
                    returned.getOrDefault((String) row[0], 0),
                    grades.getOrDefault((String) row[0], GradeInLms.NONE)))
        .toList();
  }

  private static Map<String, Integer> returnedCounts(
      EntityManager em, String registration, String context) {
    Map<String, Integer> counts = new HashMap<>();
    em.createQuery(
            "select e.cardRowId, count(e) from CardEventRow e, ParticipantCardRow c"
                + " where e.cardRowId = c.id and e.kind = :kind and "
                + COURSE
                + " group by e.cardRowId",
            Object[].class)
        .setParameter("kind", RETURNED)
        .setParameter("r", registration)
        .setParameter("c", context)
        .getResultList()
        .forEach(row -> counts.put((String) row[0], ((Number) row[1]).intValue()));
    return counts;
  }

  /** Per card of the course, where its newest queued grade is (the highest outbox id wins). */
  private static Map<String, GradeInLms> newestGrades(
      EntityManager em, String registration, String context) {
    Map<String, GradeInLms> grades = new HashMap<>();
    em.createQuery(
            "select o.cardRowId, o.status from ScoreOutboxRow o, ParticipantCardRow c"
                + " where o.cardRowId = c.id and "
                + COURSE
                + " order by o.id",
            Object[].class)
        .setParameter("r", registration)
        .setParameter("c", context)
        .getResultList()
        .forEach(row -> grades.put((String) row[0], GradeInLms.ofOutboxStatus((String) row[1])));
    return grades;
  }

  private static Map<String, Instant> lastSteps(
      EntityManager em, String registration, String context) {
    Map<String, Instant> last = new HashMap<>();
    em.createQuery(
            "select c.userId, max(c.doneAt) from StepProgressRow c where "
                + COURSE
                + " group by c.userId",
            Object[].class)
        .setParameter("r", registration)
        .setParameter("c", context)
        .getResultList()
        .forEach(row -> last.put((String) row[0], instant(row[1])));
    return last;
  }

  /** Learners with a live session; the latest session's name wins. */
  private static Map<String, String> launched(
      EntityManager em, String registration, String context, Instant now) {
    Map<String, String> names = new LinkedHashMap<>();
    em
        .createQuery(
            "select c.userId, c.userName, c.roles from LaunchSessionRow c where "
                + COURSE
                + " and c.coach = false and c.expiresAt > :now order by c.createdAt",
            Object[].class)
        .setParameter("r", registration)
        .setParameter("c", context)
        .setParameter("now", now.atOffset(ZoneOffset.UTC))
        .getResultList()
        .stream()
        .filter(row -> isParticipant((String) row[2]))
        .forEach(
            row -> names.merge((String) row[0], nameOf(row[1]), (a, b) -> b.isEmpty() ? a : b));
    return names;
  }

  /** {@code merge} refuses null values: a missing name is the empty string until the end. */
  private static String nameOf(Object name) {
    return name instanceof String s ? s : "";
  }

  private static boolean isParticipant(String roles) {
    return Roles.of(Arrays.asList(roles.trim().split("\\s+"))).isParticipant();
  }

  private static Instant instant(Object value) {
    return value == null ? null : ((OffsetDateTime) value).toInstant();
  }
}
