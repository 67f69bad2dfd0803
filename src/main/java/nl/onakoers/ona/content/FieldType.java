package nl.onakoers.ona.content;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of field a result card can ask for, with the name used in the content files. */
public enum FieldType {
  SHORT("short"),
  LONG("long"),
  CHOICE("choice"),
  MULTI("multi"),
  LIST("list"),
  DATE("date"),
  EVIDENCE("evidence"),
  SCALE("scale");

  private final String fileName;

  FieldType(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  public static Optional<FieldType> fromFileName(String name) {
    return Arrays.stream(values()).filter(t -> t.fileName.equals(name)).findFirst();
  }

  /** Whether answers of this type are free text that may say "weet ik niet". */
  public boolean isText() {
    return this == SHORT || this == LONG;
  }
}
