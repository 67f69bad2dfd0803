/**
 * The database: connection pool, Flyway migrations (one set of scripts for H2 and PostgreSQL, under
 * {@code db/migration}) and the JPA persistence unit. Feature packages keep their own JPA row
 * classes and repositories in their {@code infrastructure} sub-package.
 */
package nl.onakoers.db;
