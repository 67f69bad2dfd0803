package nl.onakoers.db;

import java.util.function.Supplier;

/**
 * Several repository writes that must land together: every repository call made by {@code work} on
 * this thread joins one database transaction, committed when {@code work} returns and rolled back
 * when it throws. Domain services use it without knowing JPA.
 */
public interface UnitOfWork {

  <T> T inOne(Supplier<T> work);
}
