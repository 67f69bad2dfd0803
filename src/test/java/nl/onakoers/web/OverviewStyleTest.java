package nl.onakoers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The group overview at 360 px: {@code main}'s {@code overflow-wrap: anywhere} let the table put
 * one letter per line in a column ("Laatste activiteit") and the card filter ran off the screen.
 */
class OverviewStyleTest {

  @Test
  void matrixCellsWrapOnlyBetweenWordsAndTheFilterStaysOnTheScreen() throws IOException {
    String css = stylesheet().replaceAll("\\s+", " ");

    assertThat(css).contains(".group-matrix th, .group-matrix td { overflow-wrap: normal; }");
    assertThat(css).contains(".overview-filter .filter-field { max-width: 100%; }");
    assertThat(css)
        .contains(
            ".overview-filter select { font: inherit; min-height: 2.75rem; padding: .25rem .5rem;"
                + " max-width: 100%; }");
  }

  private static String stylesheet() throws IOException {
    try (InputStream in = OverviewStyleTest.class.getResourceAsStream("static/ona.css")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
