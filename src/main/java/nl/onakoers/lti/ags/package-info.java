/**
 * LTI Assignment and Grade Services 2.0: access tokens by the client-credentials grant, line items
 * found or created per resource link and card, scores posted to the platform, and the outbox that
 * delivers scores reliably. Nothing here knows about pages or coaches; callers hand in a
 * registration, a line item and a score.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0">LTI AGS 2.0</a>
 */
package nl.onakoers.lti.ags;
