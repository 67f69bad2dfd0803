package nl.onakoers.ona.overview;

/** Whether a card's grade reached the LMS gradebook. */
// TODO [grades] only UNKNOWN exists: the score outbox does not report per card yet. Whoever adds
// that fills this in (e.g. DELIVERED, PENDING, FAILED) in GroupMatrix; the page shows nothing for
// UNKNOWN, so no cell claims a grade arrived when nobody checked.
public enum GradeInLms {
  UNKNOWN
}
