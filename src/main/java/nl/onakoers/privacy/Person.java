package nl.onakoers.privacy;

/**
 * One person as the tool knows them: the platform's user id within one registration, in every
 * course of that platform.
 */
public record Person(String registrationId, String userId) {}
