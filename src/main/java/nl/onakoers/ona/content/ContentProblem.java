package nl.onakoers.ona.content;

/**
 * One thing wrong in a content file, named so an editor can find it.
 *
 * @param file the file name, such as {@code M3.yaml}
 * @param path where in the file, such as {@code card.fields[2].type}
 * @param message what is wrong
 */
public record ContentProblem(String file, String path, String message) {

  @Override
  public String toString() {
    return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
