package nl.onakoers.privacy;

/**
 * What an erasure removed, by kind; reviews written by the person as a coach keep their score for
 * the participant but lose the coach's id.
 */
public record Erasure(
    int cards,
    int cardEvents,
    int reviewsOfTheirCards,
    int evidenceFiles,
    int stepsDone,
    int grades,
    int sessions,
    int reviewsTheyWrote) {

  /** True when the tool held nothing about the person. */
  public boolean nothing() {
    return cards
            + cardEvents
            + reviewsOfTheirCards
            + evidenceFiles
            + stepsDone
            + grades
            + sessions
            + reviewsTheyWrote
        == 0;
  }
}
