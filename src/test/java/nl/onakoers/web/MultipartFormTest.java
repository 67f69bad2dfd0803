package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading a multipart form with a hard cap. */
class MultipartFormTest {

  private static final String TYPE = "multipart/form-data; boundary=----b0undary";

  static byte[] body(String token, String fileName, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String head =
        "------b0undary\r\nContent-Disposition: form-data; name=\"s\"\r\n\r\n"
            + token
            + "\r\n------b0undary\r\nContent-Disposition: form-data; name=\"field\"\r\n\r\ncv\r\n"
            + "------b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: image/png\r\n\r\n";
    out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n------b0undary--\r\n".getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void fieldsAndTheFileAreRead() throws Exception {
    byte[] content = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', '-', '-'};

    MultipartForm form =
        MultipartForm.read(TYPE, new ByteArrayInputStream(body("tok", "a.png", content)), 1000);

    assertThat(form.field("s")).isEqualTo("tok");
    assertThat(form.field("field")).isEqualTo("cv");
    assertThat(form.file("file").orElseThrow().fileName()).isEqualTo("a.png");
    assertThat(form.file("file").orElseThrow().content()).isEqualTo(content);
    assertThat(form.truncated()).isFalse();
  }

  @Test
  void aBodyOverTheCapIsCutOffButItsFirstFieldsStayReadable() throws Exception {
    byte[] big = new byte[5000];

    MultipartForm form =
        MultipartForm.read(TYPE, new ByteArrayInputStream(body("tok", "a.png", big)), 1000);

    assertThat(form.truncated()).isTrue();
    assertThat(form.field("s")).isEqualTo("tok");
    assertThat(form.file("file")).isEmpty();
  }

  @Test
  void readingStopsFarOverTheCapInsteadOfReadingEverything() throws Exception {
    CountingEndlessStream endless = new CountingEndlessStream(body("tok", "a.png", new byte[0]));

    MultipartForm form = MultipartForm.read(TYPE, endless, 1000);

    assertThat(form.truncated()).isTrue();
    assertThat(endless.read).isLessThan(4000 + 64 * 1024);
  }

  @Test
  void aQuotedBoundaryAndAnEmptyFileAreAccepted() throws Exception {
    String type = "multipart/form-data; charset=utf-8; boundary=\"----b0undary\"";

    MultipartForm form =
        MultipartForm.read(type, new ByteArrayInputStream(body("t", "", new byte[0])), 1000);

    assertThat(form.file("file").orElseThrow().content()).isEmpty();
    assertThat(form.file("file").orElseThrow().fileName()).isEmpty();
  }

  @Test
  void anotherTypeOrNoBoundaryIsRefused() {
    InputStream empty = new ByteArrayInputStream(new byte[0]);

    assertThatThrownBy(() -> MultipartForm.read("multipart/form-data", empty, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultipartForm.read("text/html; boundary=x", empty, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MultipartForm.read(null, empty, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The start of a real body, then zero bytes for ever; counts what was read. */
  private static final class CountingEndlessStream extends InputStream {

    private final byte[] start;
    long read;

    CountingEndlessStream(byte[] start) {
      this.start = start;
    }

    @Override
    public int read() {
      return read < start.length ? start[(int) read++] & 0xff : (int) (0 * read++);
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = (byte) read();
      }
      return length;
    }
  }
}
