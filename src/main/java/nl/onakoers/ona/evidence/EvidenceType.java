package nl.onakoers.ona.evidence;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a participant may upload. The kind is read from the file's first bytes (its
 * "magic number"), never from its name or the Content-Type the browser sent: a file named {@code
 * photo.png} that holds HTML is not a PNG.
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
  PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
  JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

  private final String mediaType;
  private final String extension;
  private final byte[] magic;

  EvidenceType(String mediaType, String extension, byte[] magic) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.magic = magic;
  }

  /** The type whose signature the content starts with, if any. */
  public static Optional<EvidenceType> sniff(byte[] content) {
    return Arrays.stream(values()).filter(t -> t.matches(content)).findFirst();
  }

  public static Optional<EvidenceType> fromMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  private boolean matches(byte[] content) {
    if (content.length < magic.length) {
      return false;
    }
    return Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /** Whether a browser may show it in place: images are, a PDF is downloaded. */
  public boolean image() {
    return this != PDF;
  }
}
