/**
 * Validation of LTI 1.3 launches: the id_token and state a platform posts to {@code /lti/launch}
 * and {@code /lti/deep-link}, checked step by step ({@link
 * nl.onakoers.lti.launch.LaunchValidator}), the error codes of a refused launch, the typed view of
 * the claims and the meaning of roles. The JAX-RS resources that receive the post and render errors
 * are not here.
 */
package nl.onakoers.lti.launch;
