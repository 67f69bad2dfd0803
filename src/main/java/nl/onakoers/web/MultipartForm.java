package nl.onakoers.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578) read with a hard cap: reading stops as soon as the
 * body is larger than the cap, so an oversized upload is never held in memory. What arrived before
 * the cap is still parsed, part by part, so the form's small fields (the session token comes first
 * in the form) can be used to answer with a page. A cut-off part is dropped and {@link
 * #truncated()} says so.
 *
 * <p>Immutable once read.
 */
public final class MultipartForm {

  /** One uploaded file: the form field's name, the file name the browser sent, the bytes. */
  public record FilePart(String name, String fileName, byte[] content) {}

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)^multipart/form-data\\s*;.*\\bboundary=(\"?)([^\";,]{1,70})\\1");
  private static final Pattern PARAMETER =
      Pattern.compile("(?i);\\s*(name|filename)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]*))");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
  private static final int MAX_PARTS = 50;

  private final Map<String, List<String>> fields;
  private final List<FilePart> files;
  private final boolean truncated;

  private MultipartForm(Map<String, List<String>> fields, List<FilePart> files, boolean truncated) {
    this.fields = fields;
    this.files = files;
    this.truncated = truncated;
  }

  /**
   * Reads a body of at most {@code maxBytes}. A larger body is read on (and thrown away) up to four
   * times the cap, so that the browser gets to see the answer; past that it is left unread.
   *
   * @throws IllegalArgumentException when the type is not multipart/form-data with a boundary
   */
  public static MultipartForm read(String contentType, InputStream body, int maxBytes)
      throws IOException {
    byte[] delimiter = ("--" + boundary(contentType)).getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    CappedOutput capped = new CappedOutput(buffer, maxBytes, 4L * maxBytes);
    try {
      body.transferTo(capped);
    } catch (BodyTooLargeException e) {
      // Far over the cap: stop reading; the answer may not reach the browser.
    }
    return parse(buffer.toByteArray(), delimiter, capped.count > maxBytes);
  }

  static String boundary(String contentType) {
    Matcher m = BOUNDARY.matcher(contentType == null ? "" : contentType.strip());
    if (!m.find()) {
      throw new IllegalArgumentException("Multipart body rejected: no boundary");
    }
    return m.group(2);
  }

  private static MultipartForm parse(byte[] body, byte[] delimiter, boolean truncated) {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    List<FilePart> files = new ArrayList<>();
    byte[] nextDelimiter = concat(CRLF, delimiter);
    int at = indexOf(body, delimiter, 0);
    boolean complete = false;
    for (int parts = 0; at >= 0 && parts < MAX_PARTS; parts++) {
      int after = at + delimiter.length;
      if (startsWith(body, after, new byte[] {'-', '-'})) {
        complete = true;
        break;
      }
      int headersEnd = indexOf(body, HEADER_END, after);
      int end = headersEnd < 0 ? -1 : indexOf(body, nextDelimiter, headersEnd + 4);
      if (end < 0) {
        break;
      }
      String headers = new String(body, after, headersEnd - after, StandardCharsets.UTF_8);
      add(headers, Arrays.copyOfRange(body, headersEnd + 4, end), fields, files);
      at = end + CRLF.length;
    }
    return new MultipartForm(fields, files, truncated || !complete);
  }

  private static void add(
      String headers, byte[] content, Map<String, List<String>> fields, List<FilePart> files) {
    String disposition =
        headers
            .lines()
            .filter(l -> l.regionMatches(true, 0, "content-disposition:", 0, 20))
            .findFirst()
            .orElse("");
    Map<String, String> parameters = new LinkedHashMap<>();
    Matcher m = PARAMETER.matcher(disposition);
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2).replaceAll("\\\\(.)", "$1") : m.group(3);
      parameters.putIfAbsent(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
    }
    String name = parameters.get("name");
    if (name == null) {
      return;
    }
    if (parameters.containsKey("filename")) {
      files.add(new FilePart(name, parameters.get("filename"), content));
    } else {
      fields
          .computeIfAbsent(name, k -> new ArrayList<>())
          .add(new String(content, StandardCharsets.UTF_8));
    }
  }

  /** The first value of a text field, or {@code null}. */
  public String field(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The first file sent under a field name. */
  public Optional<FilePart> file(String name) {
    return files.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Whether the body was larger than the cap or ended early; the last part may be missing. */
  public boolean truncated() {
    return truncated;
  }

  private static boolean startsWith(byte[] body, int from, byte[] prefix) {
    return from + prefix.length <= body.length
        && Arrays.equals(body, from, from + prefix.length, prefix, 0, prefix.length);
  }

  private static int indexOf(byte[] body, byte[] needle, int from) {
    for (int i = Math.max(0, from); i <= body.length - needle.length; i++) {
      if (body[i] == needle[0] && startsWith(body, i, needle)) {
        return i;
      }
    }
    return -1;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** Keeps the first {@code keep} bytes, counts the rest, and stops reading past {@code stop}. */
  private static final class CappedOutput extends java.io.OutputStream {

    private final ByteArrayOutputStream target;
    private final long keep;
    private final long stop;
    private long count;

    CappedOutput(ByteArrayOutputStream target, long keep, long stop) {
      this.target = target;
      this.keep = keep;
      this.stop = stop;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (count < keep) {
        target.write(bytes, offset, (int) Math.min(length, keep - count));
      }
      count += length;
      if (count > stop) {
        throw new BodyTooLargeException();
      }
    }
  }

  /** Thrown inside reading once a body is far past its cap; ends the transfer. */
  private static final class BodyTooLargeException extends IOException {
    BodyTooLargeException() {
      super("Multipart body rejected: far over the size limit");
    }
  }
}
