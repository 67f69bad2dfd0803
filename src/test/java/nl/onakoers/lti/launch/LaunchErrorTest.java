package nl.onakoers.lti.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import nl.onakoers.web.Messages;
import org.junit.jupiter.api.Test;

class LaunchErrorTest {

  @Test
  void codesPrintWithTheLtiPrefixAndDashes() {
    assertThat(LaunchError.STATE_UNKNOWN.code()).isEqualTo("LTI-STATE-UNKNOWN");
    assertThat(LaunchError.TOKEN_ISSUED_IN_FUTURE).hasToString("LTI-TOKEN-ISSUED-IN-FUTURE");
  }

  @Test
  void everyCodeIsAClientErrorExceptUnavailablePlatformKeys() {
    assertThat(LaunchError.values())
        .filteredOn(error -> error != LaunchError.PLATFORM_KEYS_UNAVAILABLE)
        .allSatisfy(error -> assertThat(error.httpStatus()).isBetween(400, 499));
    assertThat(LaunchError.PLATFORM_KEYS_UNAVAILABLE.httpStatus()).isEqualTo(502);
    assertThat(LaunchError.TOKEN_TOO_LARGE.httpStatus()).isEqualTo(413);
  }

  @Test
  void everyCodeHasATitleAndTextInDutchAndEnglish() {
    for (String language : new String[] {"nl", "en"}) {
      Messages messages = Messages.forLanguage(language);
      assertThat(Arrays.stream(LaunchError.values()).map(LaunchError::messageKey))
          .allSatisfy(
              key ->
                  assertThat(messages.has(key + ".title") && messages.has(key + ".text"))
                      .as("%s in %s", key, language)
                      .isTrue());
    }
  }

  @Test
  void platformErrorDetailKeepsOnlyAShortPlainValue() {
    LaunchRejectedException rejection =
        LaunchRejectedException.platformError("launch_no_longer_valid\n<script>" + "x".repeat(200));

    assertThat(rejection.error()).isEqualTo(LaunchError.PLATFORM_ERROR);
    assertThat(rejection.detail()).startsWith("platform sent error=launch_no_longer_valid?");
    assertThat(rejection.detail()).doesNotContain("\n", "<").hasSizeLessThan(100);
  }
}
