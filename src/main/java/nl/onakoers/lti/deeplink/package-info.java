/**
 * LTI Deep Linking 2.0: the content items the tool offers to a platform (modules and result cards
 * as {@code ltiResourceLink}s) and the signed {@code LtiDeepLinkingResponse} that carries them
 * back. The picker page itself lives in {@code nl.onakoers.app}; nothing here knows JAX-RS.
 */
package nl.onakoers.lti.deeplink;
