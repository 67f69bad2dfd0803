/**
 * Personal data (AVG/GDPR): everything the tool stores about one person, exported as one JSON
 * document or erased at once, on an administrator's request. A person is the platform's user id
 * ({@code sub}) within one registration; the tool knows nobody by name outside a launch.
 */
package nl.onakoers.privacy;
