/**
 * The pages a launched person sees, resolved from the launch session carried in the page. The ONA
 * modules, result cards and coach views grow here (see {@code ona.*} for their domain).
 */
package nl.onakoers.app;
