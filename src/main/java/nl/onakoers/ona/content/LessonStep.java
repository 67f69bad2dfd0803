package nl.onakoers.ona.content;

/**
 * One step of a module's lesson.
 *
 * @param id unique within the module, lower case
 * @param title the step in a few words
 * @param body short sentences, one idea each
 */
public record LessonStep(String id, Text title, Text body) {}
