package nl.onakoers.app;

/**
 * One handed-in card in the coach's list.
 *
 * @param cardRowId the participant's card, the key of its review page
 * @param participant the name the platform shared, or else the platform's user id
 * @param submittedAt when it was last handed in, formatted
 * @param statusKey catalogue key of the card status
 * @param waiting how long it waits for the coach, or empty when it does not wait
 * @param grade whether the newest grade reached the LMS
 */
public record SubmissionRow(
    String cardRowId,
    String participant,
    String submittedAt,
    String statusKey,
    String waiting,
    GradeDelivery grade) {}
