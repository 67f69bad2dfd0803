package nl.onakoers.ona.content;

/**
 * An activating question a coach can put into feedback (question bank, ONA domain brief §3a).
 *
 * @param id unique in the bank, lower case
 * @param topic a word or two to pick it by
 * @param text the question itself
 */
public record CoachPrompt(String id, Text topic, Text text) {}
