package nl.onakoers.ona.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name a browser sends becomes a harmless label, never a path. */
class FileLabelTest {

  @Test
  void foldersAreDroppedFromTheName() {
    assertThat(FileLabel.of("../../etc/passwd", EvidenceType.PNG)).isEqualTo("passwd");
    assertThat(FileLabel.of("C:\\Users\\sam\\cv.pdf", EvidenceType.PDF)).isEqualTo("cv.pdf");
  }

  @Test
  void controlDirectionAndQuoteCharactersGo() {
    String hostile = "cv\u202Efdp.exe\"\r\nX-Header: 1<script>.png";

    String label = FileLabel.of(hostile, EvidenceType.PNG);

    assertThat(label).doesNotContain("\u202E", "\"", "\r", "\n", "<", ">");
    assertThat(label).startsWith("cvfdp.exe");
  }

  @Test
  void anEmptyOrHiddenNameGetsAPlainLabel() {
    assertThat(FileLabel.of(null, EvidenceType.JPEG)).isEqualTo("bestand.jpg");
    assertThat(FileLabel.of("  ", EvidenceType.PDF)).isEqualTo("bestand.pdf");
    assertThat(FileLabel.of("..", EvidenceType.PNG)).isEqualTo("bestand.png");
    assertThat(FileLabel.of(".htaccess", EvidenceType.PNG)).isEqualTo("htaccess");
  }

  @Test
  void longNamesAreCutWithoutSplittingACharacter() {
    String emoji = "👩🏽‍🔧".repeat(60);

    String label = FileLabel.of(emoji + ".png", EvidenceType.PNG);

    assertThat(label.codePointCount(0, label.length())).isLessThanOrEqualTo(FileLabel.MAX_LENGTH);
    assertThat(Character.isHighSurrogate(label.charAt(label.length() - 1))).isFalse();
  }

  @Test
  void theHeaderFallbackIsPlainAscii() {
    assertThat(FileLabel.ascii("Diploma café – 2024.pdf")).isEqualTo("Diploma cafe _ 2024.pdf");
  }
}
