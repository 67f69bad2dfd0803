/**
 * The ONA course content: the nine modules with their lesson steps and sources, and the result card
 * each module ends in, with its fields and rubric. Content is data: one YAML file per module under
 * {@code content/}, read and validated once at start-up. Nothing here knows about pages, JAX-RS or
 * the database; a participant's answers live in {@code ona.card}.
 */
package nl.onakoers.ona.content;
