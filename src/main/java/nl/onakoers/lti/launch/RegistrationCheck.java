package nl.onakoers.lti.launch;

import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * The registration the login was started for still exists. The state, not the token's {@code iss},
 * chooses it, so an unverified token cannot pick the keys it is checked with. Fails with
 * REGISTRATION_UNKNOWN, or REGISTRATION_PENDING while an administrator has not approved it (login
 * initiation refuses that too; this covers a registration that changed during the login).
 */
record RegistrationCheck(RegistrationRepository registrations) implements LaunchCheck {

  @Override
  public void check(LaunchContext launch) {
    String id = launch.loginState().registrationId();
    Registration registration =
        registrations
            .find(id)
            .orElseThrow(
                () ->
                    new LaunchRejectedException(
                        LaunchError.REGISTRATION_UNKNOWN, "registration " + id + " is gone"));
    if (!registration.isActive()) {
      throw new LaunchRejectedException(
          LaunchError.REGISTRATION_PENDING, "registration " + id + " waits for approval");
    }
    launch.registration(registration);
  }
}
