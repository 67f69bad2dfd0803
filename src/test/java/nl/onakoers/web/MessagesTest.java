package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
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
