package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;
import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

  private final InMemoryRegistrationRepository repository = new InMemoryRegistrationRepository();
  private final RegisteredFrameAncestors ancestors = new RegisteredFrameAncestors(repository);

  @Test
  void hostedCanvasSchoolMayFrameTheToolFromItsOwnDomain() {
    repository.save(canvas("r-1", "10000000000001", List.of("https://school.instructure.com")));

    String policy = SecurityHeadersFilter.contentSecurityPolicy(ancestors, null);

    assertThat(policy)
        .endsWith(
            "frame-ancestors 'self' https://canvas.instructure.com"
                + " https://school.instructure.com");
  }

  @Test
  void twoCanvasSchoolsSharingTheIssuerBothMayFrame() {
    repository.save(canvas("r-1", "1", List.of("https://school.instructure.com")));
    repository.save(canvas("r-2", "2", List.of("https://college.instructure.com")));

    assertThat(SecurityHeadersFilter.contentSecurityPolicy(ancestors, null))
        .contains(" https://school.instructure.com")
        .contains(" https://college.instructure.com")
        .containsOnlyOnce("https://canvas.instructure.com");
  }

  @Test
  void aPendingCanvasSchoolMayNotFrameTheTool() {
    repository.save(
        canvas("r-1", "1", List.of("https://school.instructure.com"))
            .withStatus(RegistrationStatus.PENDING));

    assertThat(SecurityHeadersFilter.contentSecurityPolicy(ancestors, null))
        .endsWith("frame-ancestors 'self'");
  }

  private static Registration canvas(String id, String clientId, List<String> frameOrigins) {
    return new Registration(
        id,
        "https://canvas.instructure.com",
        clientId,
        URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
        URI.create("https://sso.canvaslms.com/login/oauth2/token"),
        null,
        URI.create("https://sso.canvaslms.com/api/lti/security/jwks"),
        "Canvas",
        PlatformKind.CANVAS,
        false,
        Instant.parse("2026-12-03T10:00:00Z"),
        RegistrationStatus.ACTIVE,
        frameOrigins);
  }
}
