package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.onakoers.config.Settings;
import org.junit.jupiter.api.Test;

class AdminTokenTest {

  private static final String TOKEN = "admin-token-0123456789abcdef";

  @Test
  void withoutAConfiguredTokenTheAdminApiIsClosedEvenForAnEmptyToken() {
    AdminToken token = new AdminToken(new Settings(key -> null));

    assertThat(token.check("")).isEqualTo(AdminToken.Check.DISABLED);
    assertThat(token.check(null)).isEqualTo(AdminToken.Check.DISABLED);
  }

  @Test
  void theConfiguredTokenIsAccepted() {
    assertThat(configured().check(TOKEN)).isEqualTo(AdminToken.Check.ACCEPTED);
  }

  @Test
  void aMissingOrDifferentTokenIsRefused() {
    AdminToken token = configured();

    assertThat(token.check(null)).isEqualTo(AdminToken.Check.REFUSED);
    assertThat(token.check("")).isEqualTo(AdminToken.Check.REFUSED);
    assertThat(token.check(TOKEN + "x")).isEqualTo(AdminToken.Check.REFUSED);
    assertThat(token.check(TOKEN.substring(1))).isEqualTo(AdminToken.Check.REFUSED);
  }

  private static AdminToken configured() {
    return new AdminToken(new Settings(Map.of("ona.admin.token", TOKEN)::get));
  }
}
