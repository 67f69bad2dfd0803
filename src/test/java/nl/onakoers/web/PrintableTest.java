package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTest {

  @Test
  void aValueCannotStartANewLogLine() {
    String forged = "https://evil.example\n[SEVERE] FORGED\r\u2028line";

    assertThat(Printable.of(forged)).doesNotContain("\n", "\r", "\u2028").contains("FORGED");
  }

  @Test
  void oneLineKeepsTheWholeTextButNoLineBreaks() {
    String detail = "no registration for issuer x\n[SEVERE] forged " + "y".repeat(200);

    assertThat(Printable.oneLine(detail)).hasSize(detail.length()).doesNotContain("\n");
    assertThat(Printable.oneLine(null)).isEmpty();
  }

  @Test
  void longValuesAreCutAndAbsentOnesNamed() {
    assertThat(Printable.of("x".repeat(500))).hasSize(Printable.MAX_CHARS + 3);
    assertThat(Printable.of(null)).isEqualTo("(none)");
  }
}
