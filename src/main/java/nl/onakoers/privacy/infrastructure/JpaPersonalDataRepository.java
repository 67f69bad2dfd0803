package nl.onakoers.privacy.infrastructure;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.privacy.Erasure;
import nl.onakoers.privacy.Person;
import nl.onakoers.privacy.PersonalDataRepository;

/**
 * {@link PersonalDataRepository} over the tables that hold a person's data: launch sessions (name,
 * e-mail), result cards with their events, reviews and evidence, steps done, and grades in the
 * score outbox. Queries name the entity attributes, so both databases give the same Java types. A
 * new table with personal data belongs here too.
 */
@ApplicationScoped
public class JpaPersonalDataRepository implements PersonalDataRepository {

  /** What stays of a coach's id on the reviews they wrote for others, after their erasure. */
  static final String ERASED_REVIEWER = "erased";

  private static final String OWNED = "x.registrationId = :registration and x.userId = :user";
  private static final String CARDS_OF_PERSON =
      "select c.id from ParticipantCardRow c"
          + " where c.registrationId = :registration and c.userId = :user";

  private final Database database;
  private final Clock clock;

  protected JpaPersonalDataRepository() {
    this(null, null);
  }

  @Inject
  public JpaPersonalDataRepository(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  @Override
  public Optional<Map<String, Object>> export(Person person) {
    return database.inTransaction(
        em -> {
          Map<String, List<Map<String, Object>>> found = new LinkedHashMap<>();
          found.put("launches", launches(em, person));
          found.put("cards", cards(em, person));
          found.put("stepsDone", steps(em, person));
          found.put("grades", grades(em, person));
          found.put("reviewsWritten", reviewsWritten(em, person));
          if (found.values().stream().allMatch(List::isEmpty)) {
            return Optional.empty();
          }
          Map<String, Object> export = new LinkedHashMap<>();
          export.put("registrationId", person.registrationId());
          export.put("userId", person.userId());
          export.put("exportedAt", clock.instant().toString());
          export.putAll(found);
          return Optional.of(export);
        });
  }

  @Override
  public Erasure erase(Person person) {
    return database.inTransaction(
        em -> {
          delete(
              em,
              "delete from EvidenceContentRow e where e.fileId in (select x.id from"
                  + " EvidenceFileRow x where "
                  + OWNED
                  + ")",
              person);
          int evidence = delete(em, "delete from EvidenceFileRow x where " + OWNED, person);
          int reviews =
              delete(
                  em,
                  "delete from CardReviewRow r where r.cardRowId in (" + CARDS_OF_PERSON + ")",
                  person);
          int events =
              delete(
                  em,
                  "delete from CardEventRow e where e.cardRowId in (" + CARDS_OF_PERSON + ")",
                  person);
          int grades = delete(em, "delete from ScoreOutboxRow x where " + OWNED, person);
          int cards = delete(em, "delete from ParticipantCardRow x where " + OWNED, person);
          int steps = delete(em, "delete from StepProgressRow x where " + OWNED, person);
          int sessions = delete(em, "delete from LaunchSessionRow x where " + OWNED, person);
          int written =
              em.createQuery(
                      "update CardReviewRow r set r.reviewerId = :erased"
                          + " where r.reviewerId = :user and r.cardRowId in (select c.id from"
                          + " ParticipantCardRow c where c.registrationId = :registration)")
                  .setParameter("erased", ERASED_REVIEWER)
                  .setParameter("user", person.userId())
                  .setParameter("registration", person.registrationId())
                  .executeUpdate();
          return new Erasure(cards, events, reviews, evidence, steps, grades, sessions, written);
        });
  }

  private static int delete(EntityManager em, String jpql, Person person) {
    return em.createQuery(jpql)
        .setParameter("registration", person.registrationId())
        .setParameter("user", person.userId())
        .executeUpdate();
  }

  private static List<Map<String, Object>> launches(EntityManager em, Person person) {
    List<Map<String, Object>> launches = new ArrayList<>();
    for (Object[] row :
        rows(
            em,
            "select x.userName, x.userEmail, x.contextId, x.contextTitle, x.roles, x.createdAt,"
                + " x.expiresAt from LaunchSessionRow x where "
                + OWNED
                + " order by x.createdAt",
            person)) {
      launches.add(
          object("name", row[0], "email", row[1], "contextId", row[2], "contextTitle", row[3])
              .with("roles", String.valueOf(row[4]))
              .with("createdAt", text(row[5]))
              .with("expiresAt", text(row[6])));
    }
    return launches;
  }

  private static List<Map<String, Object>> cards(EntityManager em, Person person) {
    List<Map<String, Object>> cards = new ArrayList<>();
    for (Object[] row :
        rows(
            em,
            "select x.id, x.cardId, x.contextId, x.status, x.contentVersion, x.answersJson,"
                + " x.updatedAt, x.submittedAt from ParticipantCardRow x where "
                + OWNED
                + " order by x.cardId, x.contextId",
            person)) {
      String cardRowId = (String) row[0];
      cards.add(
          object("card", row[1], "contextId", row[2], "status", lower(row[3]))
              .with("contentVersion", row[4])
              .with("answers", parsed(row[5]))
              .with("updatedAt", text(row[6]))
              .with("submittedAt", text(row[7]))
              .with("events", events(em, cardRowId))
              .with("reviews", reviews(em, cardRowId))
              .with("evidence", evidence(em, cardRowId)));
    }
    return cards;
  }

  private static List<Map<String, Object>> events(EntityManager em, String cardRowId) {
    List<Map<String, Object>> events = new ArrayList<>();
    for (Object[] row :
        ofCard(
            em,
            "select e.kind, e.occurredAt from CardEventRow e where e.cardRowId = :card"
                + " order by e.occurredAt",
            cardRowId)) {
      events.add(object("kind", row[0]).with("at", text(row[1])));
    }
    return events;
  }

  /** The coach's id is left out: it is the coach's personal data, not the participant's. */
  private static List<Map<String, Object>> reviews(EntityManager em, String cardRowId) {
    List<Map<String, Object>> reviews = new ArrayList<>();
    for (Object[] row :
        ofCard(
            em,
            "select r.decision, r.scoreGiven, r.scoreMaximum, r.overall, r.fieldFeedbackJson,"
                + " r.reviewedAt from CardReviewRow r where r.cardRowId = :card"
                + " order by r.reviewedAt",
            cardRowId)) {
      reviews.add(
          object("decision", row[0], "feedback", row[3])
              .with("scoreGiven", ((Number) row[1]).doubleValue())
              .with("scoreMaximum", ((Number) row[2]).doubleValue())
              .with("fieldFeedback", parsed(row[4]))
              .with("reviewedAt", text(row[5])));
    }
    return reviews;
  }

  private static List<Map<String, Object>> evidence(EntityManager em, String cardRowId) {
    List<Map<String, Object>> files = new ArrayList<>();
    for (Object[] row :
        ofCard(
            em,
            "select f.fieldKey, f.label, f.mediaType, f.sizeBytes, f.sha256, f.createdAt, c.bytes"
                + " from EvidenceFileRow f, EvidenceContentRow c"
                + " where c.fileId = f.id and f.cardRowId = :card order by f.createdAt",
            cardRowId)) {
      files.add(
          object("field", row[0], "label", row[1], "mediaType", row[2], "sha256", row[4])
              .with("sizeBytes", ((Number) row[3]).longValue())
              .with("createdAt", text(row[5]))
              .with("contentBase64", Base64.getEncoder().encodeToString((byte[]) row[6])));
    }
    return files;
  }

  private static List<Map<String, Object>> steps(EntityManager em, Person person) {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Object[] row :
        rows(
            em,
            "select x.contextId, x.moduleId, x.stepId, x.doneAt from StepProgressRow x where "
                + OWNED
                + " order by x.doneAt",
            person)) {
      steps.add(
          object("contextId", row[0], "module", row[1], "step", row[2])
              .with("doneAt", text(row[3])));
    }
    return steps;
  }

  private static List<Map<String, Object>> grades(EntityManager em, Person person) {
    List<Map<String, Object>> grades = new ArrayList<>();
    for (Object[] row :
        rows(
            em,
            "select x.lineItemUrl, x.activityProgress, x.gradingProgress, x.scoreGiven,"
                + " x.scoreMaximum, x.comment, x.scoreTimestamp, x.status from ScoreOutboxRow x"
                + " where "
                + OWNED
                + " order by x.id",
            person)) {
      grades.add(
          object("lineItem", row[0], "activityProgress", row[1], "gradingProgress", row[2])
              .with("scoreGiven", number(row[3]))
              .with("scoreMaximum", number(row[4]))
              .with("comment", row[5])
              .with("timestamp", text(row[6]))
              .with("delivery", String.valueOf(row[7])));
    }
    return grades;
  }

  /** Only when and what: the cards they reviewed belong to other people. */
  private static List<Map<String, Object>> reviewsWritten(EntityManager em, Person person) {
    List<Map<String, Object>> written = new ArrayList<>();
    for (Object[] row :
        em.createQuery(
                "select r.decision, r.reviewedAt from CardReviewRow r where r.reviewerId = :user"
                    + " and r.cardRowId in (select c.id from ParticipantCardRow c"
                    + " where c.registrationId = :registration) order by r.reviewedAt",
                Object[].class)
            .setParameter("user", person.userId())
            .setParameter("registration", person.registrationId())
            .getResultList()) {
      written.add(object("decision", row[0]).with("reviewedAt", text(row[1])));
    }
    return written;
  }

  private static List<Object[]> rows(EntityManager em, String jpql, Person person) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("registration", person.registrationId())
        .setParameter("user", person.userId())
        .getResultList();
  }

  private static List<Object[]> ofCard(EntityManager em, String jpql, String cardRowId) {
    return em.createQuery(jpql, Object[].class).setParameter("card", cardRowId).getResultList();
  }

  /** An object of text members in order; a {@code null} value stays JSON null. */
  private static Member object(Object... namesAndValues) {
    Member object = new Member();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      object.put((String) namesAndValues[i], value == null ? null : String.valueOf(value));
    }
    return object;
  }

  /** A JSON object under construction; {@code with} adds a member and returns it. */
  private static final class Member extends LinkedHashMap<String, Object> {
    Member with(String name, Object value) {
      put(name, value);
      return this;
    }
  }

  /** Card statuses as the pages name them: concept, ingediend, feedback, herzien, akkoord. */
  private static String lower(Object status) {
    return status.toString().toLowerCase(Locale.ROOT);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Double number(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  /** A JSON object the tool stored as text (answers, field feedback). */
  private static Map<String, Object> parsed(Object json) {
    if (json == null || json.toString().isBlank()) {
      return null;
    }
    try {
      return JSONObjectUtils.parse(json.toString());
    } catch (ParseException e) {
      throw new IllegalStateException("Stored JSON cannot be read back", e);
    }
  }
}
