/**
 * The web layer shared by all features: the JAX-RS application, template rendering (jte), the
 * string catalogue, security headers, static assets, the landing page and error pages. Feature
 * pages live in their own packages and use these pieces.
 */
package nl.onakoers.web;
