package nl.onakoers.lti.ags;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a score goes when the launch named only the line items container: the line item for the
 * card under the resource link, to be found or created by {@link LineItems} before sending.
 *
 * @param lineItems the container URL, query string included
 * @param wanted the line item for the card: resource link, card id, tag, label and maximum
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS §3.2</a>
 */
public record LineItemTarget(URI lineItems, LineItemRequest wanted) {

  public LineItemTarget {
    Objects.requireNonNull(lineItems, "lineItems");
    Objects.requireNonNull(wanted, "wanted");
  }

  /**
   * The target's identity within a registration, as 64 hex digits: rows with the same key share one
   * line item, whatever their label or maximum said when they were queued.
   */
  public String key(String registrationId) {
    String identity =
        String.join(
            "\n",
            registrationId,
            lineItems.toString(),
            Objects.toString(wanted.resourceLinkId(), ""),
            wanted.resourceId());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
