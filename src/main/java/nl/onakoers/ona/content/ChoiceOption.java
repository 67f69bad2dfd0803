package nl.onakoers.ona.content;

/**
 * One answer a choice field offers.
 *
 * @param id the stored value
 * @param label what the participant reads
 * @param warning shown when this option is chosen (for example "volunteering cannot be your
 *     wensberoep"), or {@code null}
 */
public record ChoiceOption(String id, Text label, Text warning) {}
