package nl.onakoers.ona.review;

/**
 * Why a review cannot be saved as it is.
 *
 * @param messageKey catalogue key of the message
 * @param target what it is about: a criterion id (A, B, …), {@code check-<i>} or {@code overall}
 */
public record ReviewProblem(String messageKey, String target) {}
