/**
 * Configuration: every setting with its environment variable and default ({@link
 * nl.onakoers.config.Setting}), read through MicroProfile Config. Nothing else in the code reads
 * environment variables or system properties directly.
 */
package nl.onakoers.config;
