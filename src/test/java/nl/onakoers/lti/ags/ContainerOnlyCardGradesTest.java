package nl.onakoers.lti.ags;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.MutableClock;
import nl.onakoers.lti.ags.infrastructure.JpaScoreOutboxRepository;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.TestAnswers;
import nl.onakoers.ona.card.infrastructure.JpaCardLineItems;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.review.CardReviews;
import nl.onakoers.ona.review.ReviewDecision;
import nl.onakoers.ona.review.ReviewForm;
import nl.onakoers.ona.review.infrastructure.JpaReviewRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A card handed in through a launch that named only the container, on H2 and PostgreSQL: the
 * coach's grade follows the hand-in to the same unresolved target, and once the outbox found the
 * line item the card remembers it.
 */
class ContainerOnlyCardGradesTest {

  private static final ContentCatalog CONTENT = ContentCatalog.fromClasspath();
  private static final Module M3 = CONTENT.module("M3").orElseThrow();
  private static final Course COURSE = new Course("moodle-reg", "2");
  private static final URI RK3_ITEM =
      URI.create("http://127.0.0.1:8081/mod/lti/services.php/2/lineitems/5/lineitem?type_id=2");
  private static final LineItemTarget TARGET =
      new LineItemTarget(
          OutboxLineItemsTest.CONTAINER,
          new LineItemRequest("3", "RK3", "resultaatkaart", "Resultaatkaart RK3", 12));

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void coachGradeFollowsTheHandInToItsTargetAndTheCardRemembersTheResolvedLineItem(
      DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      String registrationId = MoodleFixtures.registration().id();
      CardOwner sam = new CardOwner(registrationId, "2", "4");
      Course course = new Course(registrationId, "2");
      MutableClock clock = new MutableClock(OutboxLineItemsTest.NOW);
      var cards = new JpaParticipantCardRepository(db);
      var rows = new JpaScoreOutboxRepository(db);
      StubPlatform platform = new StubPlatform();
      ScoreOutbox outbox =
          OutboxLineItemsTest.outbox(db, rows, platform, new JpaCardLineItems(db), clock);
      var reviews = new CardReviews(cards, new JpaReviewRepository(db), CONTENT, outbox, db, clock);

      ParticipantCard card =
          new ResultCards(cards, clock)
              .submit(
                  sam, M3, TestAnswers.completeRk3("Monteur zonnepanelen"), 0, true, (String) null)
              .card();
      long handIn =
          outbox.enqueue(registrationId, TARGET, OutboxLineItemsTest.pending("4"), card.id());
      clock.advance(java.time.Duration.ofSeconds(5));
      var approved =
          reviews.review(
              course, "3", card.id(), approving(card.version()), ReviewDecision.APPROVED);

      assertThat(card.lineItemUrl()).isNull();
      assertThat(approved.gradeQueued()).isTrue();
      OutboxScore grade = rows.latestForCard(card.id()).orElseThrow();
      assertThat(grade.id()).isNotEqualTo(handIn);
      assertThat(grade.target()).isEqualTo(TARGET);
      assertThat(grade.lineItem()).isNull();

      platform
          .answer("token-request.json")
          .answer(
              200,
              "[{\"id\":\""
                  + RK3_ITEM
                  + "\",\"resourceId\":\"RK3\",\"tag\":\"resultaatkaart\","
                  + "\"resourceLinkId\":\"3\"}]")
          .answer("token-request.json")
          .answer(200, "")
          .answer(200, "");
      assertThat(outbox.deliverDue(clock.instant())).isEqualTo(new OutboxDelivery(2, 0, 0));

      assertThat(cards.findInCourse(course, card.id()).orElseThrow().lineItemUrl())
          .isEqualTo(RK3_ITEM.toString());
      assertThat(cards.findInCourse(course, card.id()).orElseThrow().version())
          .isEqualTo(approved.card().version());
      assertThat(rows.find(handIn).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
      assertThat(rows.find(grade.id()).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
      assertThat(platform.last().uri()).isEqualTo(ServiceUrls.scores(RK3_ITEM));
      assertThat(platform.last().body()).contains("FullyGraded");
      assertThat(cards.findInCourse(COURSE, card.id())).isEmpty();
    }
  }

  private static ReviewForm approving(long version) {
    return new ReviewForm(
        version, Map.of("A", 3, "B", 2, "C", 2, "D", 3), List.of(true, true), "Goed.", Map.of());
  }
}
