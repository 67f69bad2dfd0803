package nl.onakoers.lti.ags;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.db.UnitOfWork;
import nl.onakoers.lti.platform.Registration;

/**
 * Finds or creates the line item of an outbox row that was queued against a {@link LineItemTarget},
 * just before the row is sent.
 *
 * <ol>
 *   <li>A line item another row of the same target was resolved to is used as is: one target, one
 *       line item.
 *   <li>Else {@link LineItems} looks it up in the container or creates it.
 *   <li>The URL is written, in one transaction, on every unresolved row of the target and on the
 *       participant cards whose newest score is for this target, so the coach's later grades go
 *       there too.
 * </ol>
 *
 * <p>A failure is an outcome like a failed score post: a 4xx refusal is {@link
 * ScoreOutcome.Kind#REJECTED}; 5xx, 408, 429, a refused token or no answer is {@link
 * ScoreOutcome.Kind#RETRY}. Reasons start with {@code "line item: "}, never with {@link
 * ScoreSender#UNREACHABLE}: no score was sent, so a later 409 is not taken as delivered.
 *
 * <p>Thread safe. The outbox makes only the oldest unresolved row of a target due, so one node
 * resolves a target at a time.
 */
@ApplicationScoped
public class OutboxLineItems {

  private static final Logger LOG = Logger.getLogger(OutboxLineItems.class.getName());

  private final ScoreOutboxRepository outbox;
  private final LineItems lineItems;
  private final CardLineItems cards;
  private final UnitOfWork unitOfWork;

  /** For the CDI proxy only. */
  protected OutboxLineItems() {
    this(null, null, null, null);
  }

  @Inject
  public OutboxLineItems(
      ScoreOutboxRepository outbox,
      LineItems lineItems,
      CardLineItems cards,
      UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.lineItems = lineItems;
    this.cards = cards;
    this.unitOfWork = unitOfWork;
  }

  /**
   * The line item of the row's target, or why there is none yet.
   *
   * @param row an outbox row without a line item but with a target
   */
  public Resolution resolve(Registration registration, OutboxScore row) {
    String key = Objects.requireNonNull(row.targetKey(), "row without a target");
    Optional<URI> known = outbox.resolvedLineItem(key);
    if (known.isPresent()) {
      return Resolution.to(known.get());
    }

    URI found;
    try {
      LineItemTarget target = row.target();
      found =
          lineItems
              .find(registration, target.lineItems(), target.wanted())
              .orElseGet(() -> lineItems.create(registration, target.lineItems(), target.wanted()))
              .id();
    } catch (AgsRequestException e) {
      return Resolution.failed(outcome(e.status()));
    } catch (PlatformUnreachableException e) {
      return Resolution.failed(retry(0, "platform unreachable"));
    } catch (ScopeNotGrantedException e) {
      return Resolution.failed(
          new ScoreOutcome(
              ScoreOutcome.Kind.REJECTED, e.status(), "line item: " + e.reason(), null));
    } catch (AccessTokenException e) {
      return Resolution.failed(retry(e.status(), "access token refused: " + e.errorCode()));
    }

    record(key, found);
    LOG.log(
        Level.INFO,
        "Outbox target of card {0} (resource link {1}) at registration {2} resolved to {3}",
        new Object[] {
          row.target().wanted().resourceId(),
          row.target().wanted().resourceLinkId(),
          registration.id(),
          found
        });
    return Resolution.to(found);
  }

  private void record(String key, URI lineItem) {
    unitOfWork.inOne(
        () -> {
          for (String card : outbox.resolve(key, lineItem)) {
            boolean newestIsThisTarget =
                outbox.latestForCard(card).map(s -> key.equals(s.targetKey())).orElse(false);
            if (newestIsThisTarget) {
              cards.remember(card, lineItem);
            }
          }
          return null;
        });
  }

  private static ScoreOutcome outcome(int status) {
    boolean refused =
        status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
    if (refused) {
      return new ScoreOutcome(
          ScoreOutcome.Kind.REJECTED, status, "line item: refused with HTTP " + status, null);
    }
    return retry(
        status, status < 400 ? "unreadable answer (HTTP " + status + ")" : "HTTP " + status);
  }

  private static ScoreOutcome retry(int status, String reason) {
    return new ScoreOutcome(ScoreOutcome.Kind.RETRY, status, "line item: " + reason, null);
  }

  /**
   * The line item, or the outcome that tells the outbox what to do instead of sending.
   *
   * @param lineItem the resolved URL, or {@code null}
   * @param failure why there is none, or {@code null}
   */
  public record Resolution(URI lineItem, ScoreOutcome failure) {

    static Resolution to(URI lineItem) {
      return new Resolution(lineItem, null);
    }

    static Resolution failed(ScoreOutcome failure) {
      return new Resolution(null, failure);
    }
  }
}
