package nl.onakoers.ona.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.db.UnitOfWork;
import nl.onakoers.lti.ags.ActivityProgress;
import nl.onakoers.lti.ags.GradingProgress;
import nl.onakoers.lti.ags.Score;
import nl.onakoers.lti.ags.ScoreQueue;
import nl.onakoers.ona.card.Course;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ParticipantCardRepository;
import nl.onakoers.ona.card.StaleCardException;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Rubric;

/**
 * Saves a coach's review of a card of the coach's course. In one transaction: the review, the
 * card's new status and version, its event ({@code returned} or {@code approved}) and the grade in
 * the score outbox. Either all of it is written or nothing.
 *
 * <p>The grade goes to the line item the participant submitted through, for the participant's own
 * {@code sub}, never the coach's. When that launch named only the line items container and the
 * outbox has not found or created the line item yet, the grade is queued for the same target, so it
 * follows the hand-in to the same column:
 *
 * <ul>
 *   <li>approved: {@code Completed / FullyGraded} with the score and the overall feedback;
 *   <li>returned: {@code InProgress / Pending} with the feedback and no score. The card is back
 *       with the participant, so the activity is in progress and no grade is final; a provisional
 *       number in the gradebook would read as a result (and Moodle drops a score that is not fully
 *       graded anyway). The rubric levels stay in the review history.
 * </ul>
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class CardReviews {

  private static final Logger LOG = Logger.getLogger(CardReviews.class.getName());

  private final ParticipantCardRepository cards;
  private final ReviewRepository reviews;
  private final ContentCatalog content;
  private final ScoreQueue grades;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  protected CardReviews() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public CardReviews(
      ParticipantCardRepository cards,
      ReviewRepository reviews,
      ContentCatalog content,
      ScoreQueue grades,
      UnitOfWork unitOfWork,
      Clock clock) {
    this.cards = cards;
    this.reviews = reviews;
    this.content = content;
    this.grades = grades;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  /** What a saved review led to. */
  public record Outcome(ParticipantCard card, Review review, boolean gradeQueued) {}

  /**
   * Saves the review with the decision.
   *
   * @throws NoSuchElementException when the course has no such card
   * @throws NotAwaitingReviewException when the card is not handed in
   * @throws StaleCardException when the card changed since {@code form.cardVersion()}
   * @throws ReviewRejectedException when the review breaks a rule; nothing is written
   */
  public Outcome review(
      Course course, String coachId, String cardRowId, ReviewForm form, ReviewDecision decision) {
    ParticipantCard card = cards.findInCourse(course, cardRowId).orElseThrow();
    if (!card.status().reviewable()) {
      throw new NotAwaitingReviewException(card.cardId(), card.status());
    }
    if (card.version() != form.cardVersion()) {
      throw new StaleCardException(card.cardId(), form.cardVersion());
    }
    Rubric rubric = rubric(card);
    List<ReviewProblem> problems = ReviewRules.problems(rubric, form, decision);
    if (!problems.isEmpty()) {
      throw new ReviewRejectedException(problems);
    }

    Review review = newReview(card, coachId, form, decision, rubric);
    Outcome outcome =
        unitOfWork.inOne(
            () -> {
              ParticipantCard changed =
                  cards.changeStatus(
                      course,
                      cardRowId,
                      form.cardVersion(),
                      decision.status(),
                      decision.kind(),
                      review.reviewedAt());
              reviews.add(review);
              return new Outcome(changed, review, queueGrade(changed, review, coachId));
            });
    LOG.log(
        Level.INFO,
        "Card {0} ({1}) {2} with score {3}/{4}",
        new Object[] {
          card.cardId(), cardRowId, decision.kind(), review.scoreGiven(), review.scoreMaximum()
        });
    return outcome;
  }

  /** The rubric of the card's kind (RK1–RK9) at the content version the card was written in. */
  public Rubric rubric(ParticipantCard card) {
    return content.moduleOfCard(card.cardId(), card.contentVersion()).orElseThrow().card().rubric();
  }

  private Review newReview(
      ParticipantCard card,
      String coachId,
      ReviewForm form,
      ReviewDecision decision,
      Rubric rubric) {
    return new Review(
        UUID.randomUUID().toString(),
        card.id(),
        card.version(),
        coachId,
        decision,
        form.levels(),
        form.checks(),
        form.overall(),
        form.fieldFeedback(),
        ReviewRules.scoreGiven(rubric, form),
        ReviewRules.scoreMaximum(rubric),
        Instant.now(clock));
  }

  private boolean queueGrade(ParticipantCard card, Review review, String coachId) {
    String participant = card.owner().userId();
    if (participant.equals(coachId)) {
      LOG.log(Level.INFO, "Card {0} is the coach''s own: reviewed without a grade", card.id());
      return false;
    }
    Score score = score(participant, review);
    if (grades.enqueueOnUnresolvedTarget(score, card.id()).isPresent()) {
      return true;
    }
    if (card.lineItemUrl() == null) {
      LOG.log(
          Level.INFO,
          "Card {0} reviewed without a grade: no line item from the participant''s launch",
          card.id());
      return false;
    }
    grades.enqueue(card.owner().registrationId(), URI.create(card.lineItemUrl()), score, card.id());
    return true;
  }

  static Score score(String participant, Review review) {
    String comment = review.overall().isBlank() ? null : review.overall();
    if (review.decision() == ReviewDecision.APPROVED) {
      return new Score(
          participant,
          review.reviewedAt(),
          ActivityProgress.COMPLETED,
          GradingProgress.FULLY_GRADED,
          (double) review.scoreGiven(),
          (double) review.scoreMaximum(),
          comment);
    }
    return new Score(
        participant,
        review.reviewedAt(),
        ActivityProgress.IN_PROGRESS,
        GradingProgress.PENDING,
        null,
        null,
        comment);
  }
}
