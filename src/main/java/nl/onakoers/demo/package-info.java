/**
 * The sandbox platform at {@code /demo}: a small LTI 1.3 platform inside the tool, for trying ONA
 * Koers without an LMS and for the browser tests. It has its own key, a course with fake people, an
 * OIDC auth endpoint, a token endpoint, AGS line items and scores and NRPS memberships.
 *
 * <p>It reaches the tool only as an LMS does: by browser redirects and form posts to the public LTI
 * endpoints, and by HTTP calls to the tool's JWKS. No class here calls {@code nl.onakoers.lti} code
 * for LTI work, and nothing in {@code lti} knows this package; the sandbox registers itself through
 * the ordinary registration admin. Off unless {@code ONA_DEMO} allows it.
 */
package nl.onakoers.demo;
