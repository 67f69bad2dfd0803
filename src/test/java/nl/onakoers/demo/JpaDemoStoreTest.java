package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Instant;
import java.util.Map;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.demo.infrastructure.JpaDemoStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JpaDemoStoreTest {

  private static final Instant T0 = Instant.parse("2026-12-03T10:00:00Z");

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void theFirstKeyStaysTheKey(DatabaseKind kind) throws Exception {
    try (Database database = TestDatabases.open(kind)) {
      JpaDemoStore store = new JpaDemoStore(database);
      RSAKey first = new RSAKeyGenerator(2048).keyID("first").generate();
      RSAKey second = new RSAKeyGenerator(2048).keyID("second").generate();

      store.addKeyIfNone(first);
      RSAKey kept = store.addKeyIfNone(second);

      assertThat(kept.getKeyID()).isEqualTo("first");
      assertThat(kept.isPrivate()).isTrue();
      assertThat(store.key().orElseThrow().getKeyID()).isEqualTo("first");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void linksAndLineItemsComeBackInOrderWithTheirCustomParameters(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      JpaDemoStore store = new JpaDemoStore(database);
      store.addLineItem(new DemoLineItem("i1", "c1", "RK3", 12, "RK3", "l2", "resultaatkaart", T0));
      store.addLink(new DemoLink("l2", "c1", "Card", Map.of("card", "RK3"), "i1", 1, T0));
      store.addLink(new DemoLink("l1", "c1", "Overview", Map.of(), null, 0, T0));
      store.addLink(new DemoLink("x", "other", "Elsewhere", Map.of(), null, 0, T0));

      assertThat(store.links("c1")).extracting(DemoLink::id).containsExactly("l1", "l2");
      assertThat(store.link("l2").orElseThrow().custom()).isEqualTo(Map.of("card", "RK3"));
      assertThat(store.link("l2").orElseThrow().graded()).isTrue();
      assertThat(store.lineItems("c1")).extracting(DemoLineItem::label).containsExactly("RK3");
      assertThat(store.lineItems("other")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void scoresAreListedPerCourseNewestFirstAndTheLatestIsByTimestamp(DatabaseKind kind) {
    try (Database database = TestDatabases.open(kind)) {
      JpaDemoStore store = new JpaDemoStore(database);
      store.addLineItem(new DemoLineItem("i1", "c1", "RK3", 12, null, null, null, T0));
      store.addLineItem(new DemoLineItem("i2", "c2", "RK3", 12, null, null, null, T0));
      store.addScore(score("s1", "i1", T0, T0.plusSeconds(1), "PendingManual", null));
      store.addScore(score("s2", "i1", T0.plusSeconds(60), T0.plusSeconds(61), "FullyGraded", 9.0));
      store.addScore(score("s3", "i2", T0, T0.plusSeconds(2), "PendingManual", null));

      assertThat(store.scores("c1")).extracting(DemoScore::id).containsExactly("s2", "s1");
      DemoScore latest = store.latestScore("i1", "u1").orElseThrow();
      assertThat(latest.gradingProgress()).isEqualTo("FullyGraded");
      assertThat(latest.scoreGiven()).isEqualTo(9.0);
      assertThat(latest.comment()).isEqualTo("Goed");
      assertThat(store.latestScore("i1", "nobody")).isEmpty();
    }
  }

  private static DemoScore score(
      String id, String item, Instant timestamp, Instant received, String grading, Double given) {
    return new DemoScore(
        id,
        item,
        "u1",
        given,
        given == null ? null : 12.0,
        "Submitted",
        grading,
        "Goed",
        timestamp,
        received);
  }
}
