/**
 * LTI Dynamic Registration 1.0: an LMS administrator pastes {@code <base>/lti/register}, the tool
 * reads the platform's OpenID configuration, shows what it will register, sends its own
 * configuration to the platform and stores the resulting registration with its deployment as
 * pending. Invitations that limit who may start a registration live here too.
 *
 * <p>Storage of registrations is {@code lti.platform}'s; launches are {@code lti.launch}'s.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-dr/v1p0">LTI Dynamic Registration 1.0</a>
 */
package nl.onakoers.lti.registration;
