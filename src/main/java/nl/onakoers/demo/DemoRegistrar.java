package nl.onakoers.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.admin.DeploymentForm;
import nl.onakoers.admin.RegistrationAdmin;
import nl.onakoers.admin.RegistrationForm;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * On start in demo mode: registers the sandbox with the tool as an ordinary platform (through the
 * same admin service as {@code /api/admin}), with one active deployment, and gives its course the
 * starting links. Later starts only fix the URLs when the sandbox's base URL changed; an
 * administrator's changes to the deployment are kept.
 */
@ApplicationScoped
public class DemoRegistrar {

  private static final Logger LOG = Logger.getLogger(DemoRegistrar.class.getName());

  @Inject DemoMode mode;
  @Inject DemoStore store;
  @Inject DemoKeys keys;
  @Inject RegistrationAdmin admin;
  @Inject RegistrationRepository registrations;
  @Inject Clock clock;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!mode.enabled()) {
      return;
    }
    try {
      keys.signingKey();
      register();
      seedCourse();
      LOG.log(Level.INFO, "Sandbox platform ready at {0}", mode.issuer());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sandbox platform could not be set up; /demo may not work", e);
    }
  }

  private void register() {
    RegistrationForm form =
        new RegistrationForm(
            mode.issuer(),
            DemoMode.CLIENT_ID,
            mode.demoUrl("/auth"),
            mode.demoUrl("/token"),
            null,
            mode.demoUrl("/jwks"),
            "ONA sandbox",
            "generic",
            false,
            null);
    Optional<Registration> existing =
        registrations.findByIssuerAndClientId(mode.issuer(), DemoMode.CLIENT_ID);
    Registration registration;
    if (existing.isEmpty()) {
      registration = admin.create(form);
    } else if (!existing.get().authUrl().toString().equals(form.authUrl())) {
      registration = admin.update(existing.get().id(), form);
    } else {
      registration = existing.get();
    }
    if (registrations.findDeployment(registration.id(), DemoMode.DEPLOYMENT_ID).isEmpty()) {
      admin.addDeployment(
          registration.id(), new DeploymentForm(DemoMode.DEPLOYMENT_ID, "active", "Sandbox"));
    }
  }

  private void seedCourse() {
    if (!store.links(DemoCourse.CONTEXT_ID).isEmpty()) {
      return;
    }
    int position = 0;
    for (DemoCourse.StartingLink start : DemoCourse.STARTING_LINKS) {
      String linkId = "sandbox-link-" + (position + 1);
      String lineItemId = null;
      if (start.graded()) {
        lineItemId = UUID.randomUUID().toString();
        store.addLineItem(
            new DemoLineItem(
                lineItemId,
                DemoCourse.CONTEXT_ID,
                start.title(),
                DemoCourse.STARTING_SCORE_MAXIMUM,
                start.custom().get("card"),
                linkId,
                "resultaatkaart",
                clock.instant()));
      }
      store.addLink(
          new DemoLink(
              linkId,
              DemoCourse.CONTEXT_ID,
              start.title(),
              start.custom(),
              lineItemId,
              position++,
              clock.instant()));
    }
  }
}
