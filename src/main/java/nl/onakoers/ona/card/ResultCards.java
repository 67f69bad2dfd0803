package nl.onakoers.ona.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.ona.content.Module;

/**
 * Opens, saves and submits a participant's result card. The owner always comes from the launch
 * session; there is no way to name another person's card.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class ResultCards {

  /** The event kind of a first submission. */
  public static final String SUBMITTED = "submitted";

  /** The event kind of a submission after the coach returned the card (status herzien). */
  public static final String REVISED = "revised";

  private static final Logger LOG = Logger.getLogger(ResultCards.class.getName());

  private final ParticipantCardRepository repository;
  private final Clock clock;

  protected ResultCards() {
    this(null, null);
  }

  @Inject
  public ResultCards(ParticipantCardRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** The owner's card, or a blank one at the module's current content version. */
  public ParticipantCard open(CardOwner owner, Module module) {
    String cardId = module.card().id();
    return repository
        .find(owner, cardId)
        .orElseGet(() -> ParticipantCard.blank(owner, cardId, module.contentVersion()));
  }

  /**
   * Saves a draft. The card keeps the content version it was first written against.
   *
   * @throws StaleCardException when the card was saved elsewhere since {@code expectedVersion}
   * @throws CardNotEditableException when the card is not editable in its status
   */
  public ParticipantCard saveDraft(
      CardOwner owner, Module module, Answers answers, long expectedVersion) {
    ParticipantCard current = editable(owner, module);
    return repository.save(
        withAnswers(current, answers, current.status(), null), expectedVersion, null, now());
  }

  /** The outcome of a submission: the stored card and the findings shown to the participant. */
  public record Submission(ParticipantCard card, List<CardFinding> findings, boolean submitted) {}

  /**
   * Submits the card when no check fails; otherwise saves it as a draft with the findings. Warnings
   * block only until the participant confirms them.
   */
  public Submission submit(
      CardOwner owner,
      Module module,
      Answers answers,
      long expectedVersion,
      boolean warningsConfirmed) {
    return submit(owner, module, answers, expectedVersion, warningsConfirmed, Set.of(), null);
  }

  /**
   * Like {@link #submit(CardOwner, Module, Answers, long, boolean)}, for a card whose fields in
   * {@code filed} hold uploaded evidence.
   */
  public Submission submit(
      CardOwner owner,
      Module module,
      Answers answers,
      long expectedVersion,
      boolean warningsConfirmed,
      Set<String> filed) {
    return submit(owner, module, answers, expectedVersion, warningsConfirmed, filed, null);
  }

  /**
   * Like {@link #submit(CardOwner, Module, Answers, long, boolean)}, and remembers the line item of
   * the participant's launch ({@code null}: keep the one remembered before), because the coach who
   * grades the card may launch from another link.
   */
  public Submission submit(
      CardOwner owner,
      Module module,
      Answers answers,
      long expectedVersion,
      boolean warningsConfirmed,
      String lineItemUrl) {
    return submit(
        owner, module, answers, expectedVersion, warningsConfirmed, Set.of(), lineItemUrl);
  }

  /**
   * Submits with both: the fields in {@code filed} hold uploaded evidence, and {@code lineItemUrl}
   * is the line item of the participant's launch ({@code null}: keep the one remembered before).
   */
  public Submission submit(
      CardOwner owner,
      Module module,
      Answers answers,
      long expectedVersion,
      boolean warningsConfirmed,
      Set<String> filed,
      String lineItemUrl) {
    ParticipantCard current = editable(owner, module);
    List<CardFinding> findings = findings(owner, module, answers, filed);
    boolean blocked = CardChecks.hasErrors(findings) || (!findings.isEmpty() && !warningsConfirmed);
    if (blocked) {
      ParticipantCard draft =
          repository.save(
              withAnswers(current, answers, current.status(), null), expectedVersion, null, now());
      return new Submission(draft, findings, false);
    }

    Instant now = now();
    CardStatus next = current.status().afterSubmission();
    ParticipantCard handedIn = withAnswers(current, answers, next, now);
    if (lineItemUrl != null) {
      handedIn = withLineItem(handedIn, lineItemUrl);
    }
    String kind = next == CardStatus.HERZIEN ? REVISED : SUBMITTED;
    ParticipantCard submitted = repository.save(handedIn, expectedVersion, kind, now);
    LOG.log(
        Level.INFO,
        "Card {0} {1} at content version {2}",
        new Object[] {submitted.cardId(), kind, submitted.contentVersion()});
    return new Submission(submitted, findings, true);
  }

  /** The card's own checks, and the wensberoep check for cards that list vacancies. */
  private List<CardFinding> findings(
      CardOwner owner, Module module, Answers answers, Set<String> filed) {
    List<CardFinding> findings = new ArrayList<>(CardChecks.check(module.card(), answers, filed));
    String wensberoep =
        repository
            .find(owner, WensberoepCheck.WENSBEROEP_CARD)
            .map(c -> c.answers().value(WensberoepCheck.WENSBEROEP_FIELD))
            .orElse("");
    findings.addAll(WensberoepCheck.check(module.card().id(), answers, wensberoep));
    return findings;
  }

  private ParticipantCard editable(CardOwner owner, Module module) {
    ParticipantCard current = open(owner, module);
    if (!current.status().editable()) {
      throw new CardNotEditableException(current.cardId(), current.status());
    }
    return current;
  }

  private ParticipantCard withAnswers(
      ParticipantCard card, Answers answers, CardStatus status, Instant submittedAt) {
    return new ParticipantCard(
        card.id(),
        card.owner(),
        card.cardId(),
        card.contentVersion(),
        status,
        answers,
        card.version(),
        now(),
        submittedAt == null ? card.submittedAt() : submittedAt,
        card.lineItemUrl());
  }

  private static ParticipantCard withLineItem(ParticipantCard card, String lineItemUrl) {
    return new ParticipantCard(
        card.id(),
        card.owner(),
        card.cardId(),
        card.contentVersion(),
        card.status(),
        card.answers(),
        card.version(),
        card.updatedAt(),
        card.submittedAt(),
        lineItemUrl);
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
