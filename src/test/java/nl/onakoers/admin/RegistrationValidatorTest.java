package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import org.junit.jupiter.api.Test;

class RegistrationValidatorTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  @Test
  void completeMoodleRegistrationIsAcceptedWithoutWarnings() {
    Validation validation = RegistrationValidator.validate(moodle());

    assertThat(validation.isValid()).isTrue();
    assertThat(validation.warnings()).isEmpty();
  }

  @Test
  void eachRequiredFieldIsReportedWhenBlank() {
    RegistrationForm blank =
        new RegistrationForm(" ", "", null, null, null, null, null, null, null, null);

    assertThat(RegistrationValidator.validate(blank).errors())
        .containsExactly(
            new FieldProblem("issuer", "required"),
            new FieldProblem("clientId", "required"),
            new FieldProblem("authUrl", "required"),
            new FieldProblem("tokenUrl", "required"),
            new FieldProblem("jwksUrl", "required"));
  }

  @Test
  void relativeUrlIsRejected() {
    RegistrationForm form = withAuthUrl("/mod/lti/auth.php");

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("authUrl", "url"));
  }

  @Test
  void urlWithAnotherSchemeIsRejected() {
    RegistrationForm form = withAuthUrl("ftp://moodle.school.example/auth");

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("authUrl", "url"));
  }

  @Test
  void plainHttpIsRejectedForAPublicHost() {
    RegistrationForm form = withAuthUrl("http://moodle.school.example/mod/lti/auth.php");

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("authUrl", "https"));
  }

  @Test
  void plainHttpIsAcceptedForLoopbackHosts() {
    for (String host : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
      RegistrationForm form = withAuthUrl("http://" + host + ":8000/auth");

      assertThat(RegistrationValidator.validate(form).isValid()).as(host).isTrue();
    }
  }

  @Test
  void issuerWithAQueryIsRejected() {
    RegistrationForm form = withIssuer("https://moodle.school.example?x=1");

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("issuer", "issuer_query"));
  }

  @Test
  void unknownPlatformKindIsRejected() {
    RegistrationForm form = withKind("d2l-classic");

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("kind", "kind"));
  }

  @Test
  void tooLongClientIdIsRejected() {
    RegistrationForm form =
        new RegistrationForm(
            "https://moodle.school.example",
            "x".repeat(256),
            "https://moodle.school.example/mod/lti/auth.php",
            "https://moodle.school.example/mod/lti/token.php",
            null,
            "https://moodle.school.example/mod/lti/certs.php",
            null,
            null,
            null,
            null);

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("clientId", "too_long"));
  }

  @Test
  void issuerWithATrailingSlashIsAcceptedWithAWarning() {
    Validation validation =
        RegistrationValidator.validate(withIssuer("https://moodle.school.example/"));

    assertThat(validation.isValid()).isTrue();
    assertThat(validation.warnings())
        .containsExactly(new FieldProblem("issuer", "issuer_trailing_slash"));
  }

  @Test
  void displayNameDefaultsToTheIssuerHostAndKindToGeneric() {
    Registration registration = RegistrationValidator.toRegistration(moodle(), "r-1", NOW);

    assertThat(registration.displayName()).isEqualTo("moodle.school.example");
    assertThat(registration.kind()).isEqualTo(PlatformKind.GENERIC);
    assertThat(registration.autoApproveDeployments()).isFalse();
    assertThat(registration.tokenAudience()).isNull();
  }

  @Test
  void kindIsAcceptedInAnyCase() {
    Registration registration = RegistrationValidator.toRegistration(withKind("Canvas"), "r", NOW);

    assertThat(registration.kind()).isEqualTo(PlatformKind.CANVAS);
  }

  @Test
  void canvasSchoolAddressIsAcceptedAsFrameOriginAndNormalized() {
    RegistrationForm form = withFrameOrigins(List.of(" https://School.Instructure.com/ ", ""));

    assertThat(RegistrationValidator.validate(form).isValid()).isTrue();
    assertThat(RegistrationValidator.toRegistration(form, "r", NOW).frameOrigins())
        .containsExactly("https://school.instructure.com");
  }

  @Test
  void frameOriginWithAPortOrOnLoopbackOverHttpIsAccepted() {
    RegistrationForm form =
        withFrameOrigins(List.of("https://lms.school.example:8443", "http://localhost:8081"));

    assertThat(RegistrationValidator.validate(form).isValid()).isTrue();
  }

  @Test
  void frameOriginThatIsNotABareOriginIsRejected() {
    for (String value :
        List.of(
            "https://school.instructure.com/courses/1",
            "https://school.instructure.com?x=1",
            "https://school.instructure.com#top",
            "https://user@school.instructure.com",
            "school.instructure.com",
            "ftp://school.instructure.com",
            "'self'")) {
      assertThat(RegistrationValidator.validate(withFrameOrigins(List.of(value))).errors())
          .as(value)
          .containsExactly(new FieldProblem("frameOrigins", "origin"));
    }
  }

  @Test
  void frameOriginOverPlainHttpIsRejectedForAPublicHost() {
    RegistrationForm form = withFrameOrigins(List.of("http://school.instructure.com"));

    assertThat(RegistrationValidator.validate(form).errors())
        .containsExactly(new FieldProblem("frameOrigins", "https"));
  }

  @Test
  void frameOriginWithAPortOutsideOneTo65535IsRejected() {
    for (String value :
        List.of("https://lms.school.example:0", "https://lms.school.example:99999")) {
      assertThat(RegistrationValidator.validate(withFrameOrigins(List.of(value))).errors())
          .as(value)
          .containsExactly(new FieldProblem("frameOrigins", "port"));
    }
  }

  @Test
  void theSchemesDefaultPortIsLeftOutSoTheSameOriginIsKeptOnce() {
    RegistrationForm form =
        withFrameOrigins(
            List.of(
                "https://school.instructure.com:443",
                "https://school.instructure.com",
                "http://localhost:80",
                "https://lms.school.example:80"));

    assertThat(RegistrationValidator.toRegistration(form, "r", NOW).frameOrigins())
        .containsExactly(
            "https://school.instructure.com", "http://localhost", "https://lms.school.example:80");
  }

  @Test
  void moreThanTenFrameOriginsAreRejected() {
    List<String> many =
        java.util.stream.IntStream.range(0, 11)
            .mapToObj(i -> "https://school" + i + ".instructure.com")
            .toList();

    assertThat(RegistrationValidator.validate(withFrameOrigins(many)).errors())
        .containsExactly(new FieldProblem("frameOrigins", "too_long"));
  }

  private static RegistrationForm withFrameOrigins(List<String> origins) {
    RegistrationForm m = moodle();
    return new RegistrationForm(
        "https://canvas.instructure.com",
        m.clientId(),
        m.authUrl(),
        m.tokenUrl(),
        null,
        m.jwksUrl(),
        null,
        "canvas",
        null,
        origins);
  }

  static RegistrationForm moodle() {
    return withIssuer("https://moodle.school.example");
  }

  private static RegistrationForm withIssuer(String issuer) {
    return new RegistrationForm(
        issuer,
        "client-a",
        "https://moodle.school.example/mod/lti/auth.php",
        "https://moodle.school.example/mod/lti/token.php",
        " ",
        "https://moodle.school.example/mod/lti/certs.php",
        null,
        null,
        null,
        null);
  }

  private static RegistrationForm withAuthUrl(String authUrl) {
    RegistrationForm m = moodle();
    return new RegistrationForm(
        m.issuer(), m.clientId(), authUrl, m.tokenUrl(), null, m.jwksUrl(), null, null, null, null);
  }

  private static RegistrationForm withKind(String kind) {
    RegistrationForm m = moodle();
    return new RegistrationForm(
        m.issuer(),
        m.clientId(),
        m.authUrl(),
        m.tokenUrl(),
        null,
        m.jwksUrl(),
        null,
        kind,
        null,
        null);
  }
}
