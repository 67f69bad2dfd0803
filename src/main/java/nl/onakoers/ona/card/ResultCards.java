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

  /** The event kind the score issue picks up. */
  public static final String SUBMITTED = "submitted";

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
   * @throws IllegalStateException when the card is not editable in its status
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
    return submit(owner, module, answers, expectedVersion, warningsConfirmed, Set.of());
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
    ParticipantCard submitted =
        repository.save(
            withAnswers(current, answers, CardStatus.INGEDIEND, now),
            expectedVersion,
            SUBMITTED,
            now);
    LOG.log(
        Level.INFO,
        "Card {0} submitted at content version {1}",
        new Object[] {submitted.cardId(), submitted.contentVersion()});
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
      throw new IllegalStateException("Card " + current.cardId() + " is " + current.status());
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
        submittedAt == null ? card.submittedAt() : submittedAt);
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
