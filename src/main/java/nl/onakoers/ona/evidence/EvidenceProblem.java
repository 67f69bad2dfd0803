package nl.onakoers.ona.evidence;

/** Why an upload was refused, with the HTTP status and the message shown to the participant. */
public enum EvidenceProblem {
  UPLOADS_OFF(403, "evidence.error.off"),
  NO_FILE(400, "evidence.error.nofile"),
  EMPTY(400, "evidence.error.empty"),
  TOO_LARGE(413, "evidence.error.size"),
  WRONG_TYPE(415, "evidence.error.type"),
  TOO_MANY(409, "evidence.error.many"),
  NOT_EDITABLE(409, "evidence.error.locked"),
  UNKNOWN_FIELD(404, "evidence.error.field");

  private final int status;
  private final String messageKey;

  EvidenceProblem(int status, String messageKey) {
    this.status = status;
    this.messageKey = messageKey;
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }
}
