package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

  @Test
  void dutchAndEnglishCataloguesHaveExactlyTheSameKeys() throws Exception {
    Properties dutch = load("messages_nl.properties");
    Properties english = load("messages_en.properties");

    assertThat(dutch).isNotEmpty();
    assertThat(dutch.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
  }

  @Test
  void dutchIsTheDefaultAndEnglishIsChosenByItsLanguageTag() {
    assertThat(Messages.forLanguage(null).get("error.reference")).isEqualTo("Referentie");
    assertThat(Messages.forLanguage("fr").isDutch()).isTrue();
    assertThat(Messages.forLanguage("en-GB").get("error.reference")).isEqualTo("Reference");
  }

  @Test
  void anAcceptLanguageTheParserRefusesStillGivesItsFirstLanguage() {
    assertThat(Messages.preferredLanguage(refusedAcceptLanguage("en_GB,nl;q=0.5"))).isEqualTo("en");
    assertThat(Messages.preferredLanguage(refusedAcceptLanguage("nl_NL"))).isEqualTo("nl");
    assertThat(Messages.preferredLanguage(refusedAcceptLanguage("!!!"))).isNull();
  }

  /** Headers whose Accept-Language the JAX-RS parser throws on, as Jersey does for "nl_NL". */
  private static HttpHeaders refusedAcceptLanguage(String value) {
    return (HttpHeaders)
        Proxy.newProxyInstance(
            HttpHeaders.class.getClassLoader(),
            new Class<?>[] {HttpHeaders.class},
            (proxy, method, args) ->
                switch (method.getName()) {
                  case "getAcceptableLanguages" ->
                      throw new IllegalArgumentException("not a valid language tag");
                  case "getHeaderString" -> "Accept-Language".equals(args[0]) ? value : null;
                  default -> throw new UnsupportedOperationException(method.getName());
                });
  }

  @Test
  void aMissingKeyIsShownAsTheKeySoItIsNoticed() {
    assertThat(Messages.forLanguage("nl").get("no.such.key")).isEqualTo("[no.such.key]");
  }

  private static Properties load(String name) throws Exception {
    Properties properties = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/nl/onakoers/web/" + name)) {
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return properties;
  }
}
