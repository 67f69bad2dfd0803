/**
 * The tool's own signing keys: RSA 2048 pairs made on first start and stored in the database,
 * rotation and retirement, and the public JWKS at {@code /.well-known/jwks.json} and {@code
 * /lti/jwks}. Platform keys are not here: see {@code lti.platform}.
 */
package nl.onakoers.lti.keys;
