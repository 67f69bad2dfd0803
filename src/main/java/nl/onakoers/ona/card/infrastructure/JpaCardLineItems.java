package nl.onakoers.ona.card.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import nl.onakoers.db.Database;
import nl.onakoers.lti.ags.CardLineItems;

/**
 * {@link CardLineItems} on the tool's database: sets {@code participant_card.line_item_url}. The
 * card's version stays as it is, because neither the participant nor the coach changed the card; a
 * coach's open review form stays valid.
 */
@ApplicationScoped
public class JpaCardLineItems implements CardLineItems {

  private final Database database;

  protected JpaCardLineItems() {
    this(null);
  }

  @Inject
  public JpaCardLineItems(Database database) {
    this.database = database;
  }

  @Override
  public void remember(String cardRowId, URI lineItem) {
    database.run(
        em ->
            em.createQuery("update ParticipantCardRow c set c.lineItemUrl = :item where c.id = :id")
                .setParameter("item", lineItem.toString())
                .setParameter("id", cardRowId)
                .executeUpdate());
  }
}
