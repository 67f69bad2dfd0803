package nl.onakoers.lti.launch;

/** The tool endpoint an id_token was posted to; each accepts exactly one message type. */
public enum LaunchEndpoint {
  /** {@code /lti/launch}. */
  RESOURCE_LINK("/lti/launch", LtiClaims.RESOURCE_LINK_REQUEST),
  /** {@code /lti/deep-link}. */
  DEEP_LINKING("/lti/deep-link", LtiClaims.DEEP_LINKING_REQUEST);

  private final String path;
  private final String messageType;

  LaunchEndpoint(String path, String messageType) {
    this.path = path;
    this.messageType = messageType;
  }

  public String path() {
    return path;
  }

  /** The {@code message_type} this endpoint accepts. */
  public String messageType() {
    return messageType;
  }
}
