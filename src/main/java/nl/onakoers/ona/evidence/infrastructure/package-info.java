/** The evidence tables ({@code evidence_file}, {@code evidence_content}) through JPA. */
package nl.onakoers.ona.evidence.infrastructure;
