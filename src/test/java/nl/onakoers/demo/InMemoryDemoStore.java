package nl.onakoers.demo;

import com.nimbusds.jose.jwk.RSAKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A {@link DemoStore} in memory, for tests of the sandbox's rules. Not thread safe. */
final class InMemoryDemoStore implements DemoStore {

  private RSAKey key;
  private final List<DemoLink> links = new ArrayList<>();
  private final List<DemoLineItem> items = new ArrayList<>();
  private final List<DemoScore> scores = new ArrayList<>();

  @Override
  public Optional<RSAKey> key() {
    return Optional.ofNullable(key);
  }

  @Override
  public RSAKey addKeyIfNone(RSAKey candidate) {
    if (key == null) {
      key = candidate;
    }
    return key;
  }

  @Override
  public List<DemoLink> links(String contextId) {
    return links.stream().filter(l -> l.contextId().equals(contextId)).toList();
  }

  @Override
  public Optional<DemoLink> link(String id) {
    return links.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  @Override
  public void addLink(DemoLink link) {
    links.add(link);
  }

  @Override
  public List<DemoLineItem> lineItems(String contextId) {
    return items.stream().filter(i -> i.contextId().equals(contextId)).toList();
  }

  @Override
  public Optional<DemoLineItem> lineItem(String id) {
    return items.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  @Override
  public void addLineItem(DemoLineItem item) {
    items.add(item);
  }

  @Override
  public List<DemoScore> scores(String contextId) {
    return scores.stream()
        .filter(
            s -> lineItem(s.lineItemId()).map(i -> i.contextId().equals(contextId)).orElse(false))
        .sorted(Comparator.comparing(DemoScore::receivedAt).reversed())
        .toList();
  }

  @Override
  public Optional<DemoScore> latestScore(String lineItemId, String userId) {
    return scores.stream()
        .filter(s -> s.lineItemId().equals(lineItemId) && s.userId().equals(userId))
        .max(Comparator.comparing(DemoScore::timestamp));
  }

  @Override
  public void addScore(DemoScore score) {
    scores.add(score);
  }
}
