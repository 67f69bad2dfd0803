package nl.onakoers.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.onakoers.lti.login.LoginStateRepository;
import nl.onakoers.lti.platform.HttpJwksFetcher;
import nl.onakoers.lti.platform.PlatformKeys;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * Makes the launch machinery available to CDI. The key cache must be one instance per node, so that
 * every launch shares what was fetched; both are plain classes, tested without a container.
 */
@ApplicationScoped
public class LaunchBeans {

  @Produces
  @Singleton
  PlatformKeys platformKeys(Clock clock) {
    return new PlatformKeys(new HttpJwksFetcher(), clock);
  }

  @Produces
  @Singleton
  LaunchValidator launchValidator(
      LoginStateRepository states,
      RegistrationRepository registrations,
      PlatformKeys platformKeys,
      Clock clock) {
    return new LaunchValidator(states, registrations, platformKeys, clock);
  }
}
