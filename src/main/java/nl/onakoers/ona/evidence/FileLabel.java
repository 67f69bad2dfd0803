package nl.onakoers.ona.evidence;

import java.text.Normalizer;

/**
 * Turns the name a browser sent for a file into a label that is safe to show and to put in a {@code
 * Content-Disposition} header. The label is never used as a path: files are stored under a random
 * id. Folders ({@code ../../etc/passwd} becomes {@code passwd}), control and direction characters,
 * quotes and slashes go; the length is capped.
 */
public final class FileLabel {

  static final int MAX_LENGTH = 100;

  private FileLabel() {}

  public static String of(String original, EvidenceType type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>:|?*;]", "").strip();
    name = name.replaceAll("^[.\\s]+", "");
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).strip();
    }
    return name.isEmpty() ? "bestand." + type.extension() : name;
  }

  /** The label with only printable ASCII, for the plain {@code filename=} of a header. */
  public static String ascii(String label) {
    String plain =
        Normalizer.normalize(label, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .replaceAll("[^ -~]", "_");
    return plain.replace("\\", "_").replace("\"", "_");
  }
}
