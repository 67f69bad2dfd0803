package nl.onakoers.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RegisteredFrameAncestorsTest {

  private final InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
  private final AtomicLong nanos = new AtomicLong();
  private final RegisteredFrameAncestors ancestors =
      new RegisteredFrameAncestors(repository, nanos::get);

  @Test
  void withoutRegistrationsOnlyTheToolItselfMayFrame() {
    assertThat(ancestors.sources()).containsExactly("'self'");
  }

  @Test
  void eachRegisteredIssuerOriginMayFrameOnceWithItsPort() {
    repository.save(registration("r-1", "https://canvas.instructure.com", "1"));
    repository.save(registration("r-2", "https://canvas.instructure.com", "2"));
    repository.save(registration("r-3", "https://moodle.school.example:8443/moodle", "3"));

    assertThat(ancestors.sources())
        .containsExactly(
            "'self'", "https://canvas.instructure.com", "https://moodle.school.example:8443");
  }

  @Test
  void theListIsReusedWithinTheCacheTimeAndReadAgainAfterIt() {
    ancestors.sources();
    repository.save(registration("r-1", "https://moodle.school.example", "1"));

    assertThat(ancestors.sources()).containsExactly("'self'");
    nanos.addAndGet(RegisteredFrameAncestors.CACHE_TIME.plus(Duration.ofSeconds(1)).toNanos());
    assertThat(ancestors.sources()).contains("https://moodle.school.example");
    assertThat(repository.reads()).isEqualTo(2);
  }

  @Test
  void forgettingTheListShowsAChangeAtOnce() {
    ancestors.sources();
    repository.save(registration("r-1", "https://moodle.school.example", "1"));

    ancestors.forget();

    assertThat(ancestors.sources()).contains("https://moodle.school.example");
  }

  @Test
  void anIssuerWithoutAHostIsLeftOut() {
    repository.save(registration("r-1", "urn:example:platform", "1"));

    assertThat(ancestors.sources()).containsExactly("'self'");
  }

  @Test
  void extraFrameOriginsOfAnActiveRegistrationMayFrame() {
    repository.save(
        withFrameOrigins(
            registration("r-1", "https://canvas.instructure.com", "1"),
            List.of("https://school.instructure.com", "https://canvas.instructure.com")));

    assertThat(ancestors.sources())
        .containsExactly(
            "'self'", "https://canvas.instructure.com", "https://school.instructure.com");
  }

  @Test
  void aPendingRegistrationMayNotFrameWithItsIssuerOrExtraOrigins() {
    repository.save(
        withFrameOrigins(
                registration("r-1", "https://canvas.instructure.com", "1"),
                List.of("https://school.instructure.com"))
            .withStatus(RegistrationStatus.PENDING));
    repository.save(registration("r-2", "https://moodle.school.example", "2"));

    assertThat(ancestors.sources()).containsExactly("'self'", "https://moodle.school.example");
  }

  private static Registration withFrameOrigins(Registration r, List<String> origins) {
    return new Registration(
        r.id(),
        r.issuer(),
        r.clientId(),
        r.authUrl(),
        r.tokenUrl(),
        r.tokenAudience(),
        r.jwksUrl(),
        r.displayName(),
        r.kind(),
        r.autoApproveDeployments(),
        r.createdAt(),
        r.status(),
        origins);
  }

  private static Registration registration(String id, String issuer, String clientId) {
    return new Registration(
        id,
        issuer,
        clientId,
        URI.create("https://platform.example/auth"),
        URI.create("https://platform.example/token"),
        null,
        URI.create("https://platform.example/jwks"),
        "Platform",
        PlatformKind.GENERIC,
        false,
        Instant.parse("2026-12-03T10:00:00Z"));
  }
}
