package nl.onakoers.ona.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type of an upload comes from its first bytes only. */
class EvidenceTypeTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
  static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16};
  static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);

  @Test
  void pngJpegAndPdfAreRecognisedByTheirSignature() {
    assertThat(EvidenceType.sniff(PNG)).contains(EvidenceType.PNG);
    assertThat(EvidenceType.sniff(JPEG)).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.sniff(PDF)).contains(EvidenceType.PDF);
  }

  @Test
  void htmlIsNotAnImageWhateverItIsCalled() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);

    assertThat(EvidenceType.sniff(html)).isEmpty();
    assertThat(EvidenceType.sniff(svg)).isEmpty();
  }

  @Test
  void aTruncatedSignatureOrNothingIsNoType() {
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
    assertThat(EvidenceType.sniff(new byte[0])).isEmpty();
    assertThat(EvidenceType.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void onlyImagesAreShownInPlace() {
    assertThat(EvidenceType.PNG.image()).isTrue();
    assertThat(EvidenceType.JPEG.image()).isTrue();
    assertThat(EvidenceType.PDF.image()).isFalse();
  }
}
