package nl.onakoers.ona.card;

/**
 * Something to say about one answer before submitting: an error blocks the submission, a warning
 * only asks the participant to look again.
 *
 * @param key the answer key it is about (a field id, or an entry key such as {@code eisen.0.eis})
 * @param fieldId the card field it belongs to
 * @param messageKey catalogue key of the message; a choice warning uses {@code option:<id>}
 * @param error whether it blocks the submission
 */
public record CardFinding(String key, String fieldId, String messageKey, boolean error) {}
