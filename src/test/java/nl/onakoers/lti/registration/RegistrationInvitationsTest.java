package nl.onakoers.lti.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.MutableClock;
import org.junit.jupiter.api.Test;

class RegistrationInvitationsTest {

  private final Map<String, String> values =
      new HashMap<>(Map.of("ona.admin.token", "admin-token-0123456789abcdef"));
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T15:00:00Z"));
  private final InMemoryInvitationUses uses = new InMemoryInvitationUses();
  private final RegistrationInvitations invitations =
      new RegistrationInvitations(new Settings(values::get), uses, clock);

  @Test
  void aFreshInvitationIsAccepted() {
    String code = invitations.create(Duration.ofHours(2)).code();

    assertThatCode(() -> invitations.requireAccepted(code)).doesNotThrowAnyException();
  }

  @Test
  void anExpiredInvitationIsRefused() {
    String code = invitations.create(Duration.ofHours(2)).code();
    clock.advance(Duration.ofHours(2));

    assertRefused(code);
  }

  @Test
  void aMissingOrAlteredInvitationIsRefused() {
    String code = invitations.create(Duration.ofHours(2)).code();
    String later =
        (Long.parseLong(code.substring(0, code.indexOf('.'))) + 3600)
            + code.substring(code.indexOf('.'));

    assertRefused(null);
    assertRefused("");
    assertRefused(later);
  }

  @Test
  void twoInvitationsMadeInTheSameSecondAreTwoInvitations() {
    String first = invitations.create(Duration.ofHours(2)).code();
    String second = invitations.create(Duration.ofHours(2)).code();
    invitations.claim(first);

    assertThat(second).isNotEqualTo(first);
    assertThatCode(() -> invitations.claim(second)).doesNotThrowAnyException();
  }

  @Test
  void anInvitationRegistersOnePlatformOnly() {
    String code = invitations.create(Duration.ofHours(2)).code();

    invitations.claim(code);

    assertRefused(code);
    assertThatThrownBy(() -> invitations.claim(code))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("already used");
    assertThat(uses.hashes()).singleElement().asString().hasSize(64).doesNotContain(code);
  }

  @Test
  void anInvitationGivenBackAfterAFailedRegistrationWorksAgain() {
    String code = invitations.create(Duration.ofHours(2)).code();
    invitations.claim(code);

    invitations.release(code);

    assertThatCode(() -> invitations.claim(code)).doesNotThrowAnyException();
  }

  @Test
  void anInvalidInvitationIsNeverMarkedUsed() {
    assertThatThrownBy(() -> invitations.claim("12345.forged"))
        .isInstanceOf(RegistrationRejectedException.class);

    assertThat(uses.hashes()).isEmpty();
  }

  @Test
  void changingTheAdminTokenVoidsEveryInvitation() {
    String code = invitations.create(Duration.ofHours(2)).code();
    values.put("ona.admin.token", "another-admin-token-0123456789");

    assertRefused(code);
  }

  @Test
  void openRegistrationNeedsNoInvitation() {
    values.put("ona.registration.open", "true");

    assertThatCode(() -> invitations.requireAccepted(null)).doesNotThrowAnyException();
  }

  @Test
  void lifetimesOutsideOneSecondToThirtyDaysAreRefused() {
    assertThatThrownBy(() -> invitations.create(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> invitations.create(Duration.ofDays(31)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void assertRefused(String code) {
    assertThatThrownBy(() -> invitations.requireAccepted(code))
        .isInstanceOf(RegistrationRejectedException.class)
        .satisfies(
            e ->
                assertThat(((RegistrationRejectedException) e).error())
                    .isEqualTo(RegistrationError.INVITATION_INVALID));
  }
}
