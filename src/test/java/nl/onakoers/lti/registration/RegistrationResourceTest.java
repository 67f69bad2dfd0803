package nl.onakoers.lti.registration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistrationResourceTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T15:00:00Z"), ZoneOffset.UTC);

  private final Settings settings =
      new Settings(
          Map.of(
                  "ona.base.url", "https://ona.school.example",
                  "ona.admin.token", "admin-token-0123456789abcdef")
              ::get);
  private final InMemoryInvitationUses uses = new InMemoryInvitationUses();
  private final RegistrationInvitations invitations =
      new RegistrationInvitations(settings, uses, CLOCK);
  private StubPlatform platform;

  @AfterEach
  void stop() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  void anInvitationStaysUsedWhenTheRegistrationFailsAfterItWasStored() throws Exception {
    platform = StubPlatform.moodle();
    var repository =
        new InMemoryRegistrationRepository() {
          @Override
          public synchronized Deployment recordDeployment(Deployment deployment) {
            throw new IllegalStateException("database gone after the registration was stored");
          }
        };
    var resource = resource(repository);
    String code = invitations.create(Duration.ofHours(1)).code();

    assertThatThrownBy(() -> resource.register(platform.configurationUrl(), "token", code))
        .isInstanceOf(IllegalStateException.class);

    assertThatThrownBy(() -> invitations.requireAccepted(code))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("already used");
  }

  @Test
  void anInvitationIsGivenBackWhenThePlatformRefuses() throws Exception {
    platform = StubPlatform.moodle();
    platform.answerRegistration(400, "{}");
    var resource = resource(new InMemoryRegistrationRepository());
    String code = invitations.create(Duration.ofHours(1)).code();

    assertThatThrownBy(() -> resource.register(platform.configurationUrl(), "token", code))
        .isInstanceOf(RegistrationRejectedException.class);

    assertThatCode(() -> invitations.requireAccepted(code)).doesNotThrowAnyException();
  }

  private RegistrationResource resource(InMemoryRegistrationRepository repository) {
    var resource = new RegistrationResource();
    resource.invitations = invitations;
    resource.registration =
        new DynamicRegistration(
            new PlatformClient(),
            new AddressRules(),
            repository,
            new RegisteredFrameAncestors(repository),
            settings,
            CLOCK);
    return resource;
  }
}
