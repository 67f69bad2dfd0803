package nl.onakoers.lti.registration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressRulesTest {

  private final AddressRules rules = new AddressRules();

  @ParameterizedTest
  @CsvSource({
    "https://canvas.instructure.com, https://school.instructure.com/api/lti/security/openid",
    "https://canvas.beta.instructure.com, https://school.beta.instructure.com/api/lti/config",
    "https://canvas.test.instructure.com, https://school.test.instructure.com/api/lti/config",
    "https://canvas.instructure.com, https://sso.canvaslms.com/api/lti/config",
    "https://moodle.school.example, https://moodle.school.example/mod/lti/openid-configuration.php"
  })
  void issuersOfTheConfigurationHostOrOfHostedCanvasFit(String issuer, String configuration) {
    assertThatCode(() -> rules.requireIssuerFits(issuer, URI.create(configuration)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
    "https://canvas.instructure.com, https://moodle.school.example/config",
    "https://evil.instructure.com, https://school.instructure.com/config",
    "https://moodle.school.example, https://other.school.example/config"
  })
  void otherIssuersDoNotFit(String issuer, String configuration) {
    assertThatThrownBy(() -> rules.requireIssuerFits(issuer, URI.create(configuration)))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("does not belong");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://lms.example/x", "http://localhost:8081/x", "http://127.0.0.1/x"})
  void httpsOrLocalHttpIsAccepted(String url) {
    assertThatCode(() -> rules.requireSecure("url", url)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://lms.example/x", "ftp://lms.example/x", "http://10.0.0.1/x"})
  void otherSchemesAndRemoteHttpAreRefused(String url) {
    assertThatThrownBy(() -> rules.requireSecure("url", url))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("not https");
  }

  @Test
  void aRelativeUrlIsInvalid() {
    assertThatThrownBy(() -> rules.requireSecure("jwks_uri", "/certs"))
        .isInstanceOf(RegistrationRejectedException.class)
        .hasMessageContaining("jwks_uri is not a URL");
  }
}
