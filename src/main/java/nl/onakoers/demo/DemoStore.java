package nl.onakoers.demo;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Optional;

/** Where the sandbox keeps its key, links, line items and scores. */
public interface DemoStore {

  /** The sandbox's signing key, if one was made. */
  Optional<RSAKey> key();

  /** Stores the key unless one exists; returns the one stored. Safe on two nodes at once. */
  RSAKey addKeyIfNone(RSAKey key);

  List<DemoLink> links(String contextId);

  Optional<DemoLink> link(String id);

  void addLink(DemoLink link);

  List<DemoLineItem> lineItems(String contextId);

  Optional<DemoLineItem> lineItem(String id);

  void addLineItem(DemoLineItem item);

  /** Every score of the course, newest first. */
  List<DemoScore> scores(String contextId);

  /** The newest score of a user in a column. */
  Optional<DemoScore> latestScore(String lineItemId, String userId);

  void addScore(DemoScore score);
}
