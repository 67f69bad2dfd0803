/**
 * Evidence a participant uploads to an evidence field of a result card: a PDF, JPG or PNG, its type
 * decided by its first bytes, its size capped by a setting, stored in the database under a random
 * id. Files are owned like cards (registration + context + user) and are served only to their owner
 * and the course's coaches. JPA lives in {@code infrastructure}.
 */
package nl.onakoers.ona.evidence;
