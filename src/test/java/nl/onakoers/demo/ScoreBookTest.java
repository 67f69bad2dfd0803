package nl.onakoers.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreBookTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final String AMINA = "sandbox-amina";

  private final InMemoryDemoStore store = new InMemoryDemoStore();
  private final ScoreBook book = new ScoreBook(store);
  private DemoLineItem rk3;

  @BeforeEach
  void aColumn() {
    rk3 =
        new DemoLineItem(
            "item-1", DemoCourse.CONTEXT_ID, "RK3", 12, "RK3", "link-3", "resultaatkaart", NOW);
    store.addLineItem(rk3);
  }

  @Test
  void aSubmittedScoreIsKeptAsSent() {
    DemoScore kept = book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:59:00Z"), NOW);

    assertThat(kept.userId()).isEqualTo(AMINA);
    assertThat(kept.activityProgress()).isEqualTo("Submitted");
    assertThat(kept.gradingProgress()).isEqualTo("PendingManual");
    assertThat(kept.scoreGiven()).isNull();
    assertThat(store.scores(DemoCourse.CONTEXT_ID)).containsExactly(kept);
  }

  @Test
  void aGradedScoreKeepsScoreAndComment() {
    Map<String, Object> graded = submitted("2026-12-03T09:59:00Z");
    graded.put("activityProgress", "Completed");
    graded.put("gradingProgress", "FullyGraded");
    graded.put("scoreGiven", 9);
    graded.put("scoreMaximum", 12);
    graded.put("comment", "Goed gedaan");

    DemoScore kept = book.accept(rk3, ScoreBook.MEDIA_TYPE, graded, NOW);

    assertThat(kept.scoreGiven()).isEqualTo(9.0);
    assertThat(kept.scoreMaximum()).isEqualTo(12.0);
    assertThat(kept.comment()).isEqualTo("Goed gedaan");
  }

  @Test
  void aScoreWithAnotherContentTypeIsRefusedWith415() {
    assertRefused(
        () -> book.accept(rk3, "application/json", submitted("2026-12-03T09:59:00Z"), NOW), 415);
  }

  @Test
  void aScoreForSomeoneOutsideTheParticipantsIsRefusedWith422() {
    Map<String, Object> stranger = submitted("2026-12-03T09:59:00Z");
    stranger.put("userId", "someone-else");
    Map<String, Object> coach = submitted("2026-12-03T09:59:00Z");
    coach.put("userId", "sandbox-coach");

    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, stranger, NOW), 422);
    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, coach, NOW), 422);
  }

  @Test
  void aScoreWithoutTimestampOrWithAnUnknownProgressIsRefusedWith400() {
    Map<String, Object> noTime = submitted("2026-12-03T09:59:00Z");
    noTime.remove("timestamp");
    Map<String, Object> badProgress = submitted("2026-12-03T09:59:00Z");
    badProgress.put("gradingProgress", "Done");
    Map<String, Object> badTime = submitted("yesterday");

    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, noTime, NOW), 400);
    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, badProgress, NOW), 400);
    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, badTime, NOW), 400);
  }

  @Test
  void aScoreGivenWithoutMaximumIsRefusedWith422() {
    Map<String, Object> score = submitted("2026-12-03T09:59:00Z");
    score.put("scoreGiven", 3);

    assertRefused(() -> book.accept(rk3, ScoreBook.MEDIA_TYPE, score, NOW), 422);
  }

  @Test
  void aScoreNotNewerThanTheLastIsRefusedWith409AsMoodleDoes() {
    book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:59:00Z"), NOW);

    assertRefused(
        () -> book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:59:00Z"), NOW), 409);
    assertRefused(
        () -> book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:58:00Z"), NOW), 409);
    assertThat(store.scores(DemoCourse.CONTEXT_ID)).hasSize(1);

    book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:59:01Z"), NOW);
    assertThat(store.scores(DemoCourse.CONTEXT_ID)).hasSize(2);
  }

  @Test
  void anotherParticipantsEarlierScoreIsNoConflict() {
    book.accept(rk3, ScoreBook.MEDIA_TYPE, submitted("2026-12-03T09:59:00Z"), NOW);
    Map<String, Object> pieter = submitted("2026-12-03T09:00:00Z");
    pieter.put("userId", "sandbox-pieter");

    book.accept(rk3, ScoreBook.MEDIA_TYPE, pieter, NOW);

    assertThat(store.latestScore(rk3.id(), "sandbox-pieter")).isPresent();
  }

  private static Map<String, Object> submitted(String timestamp) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("userId", AMINA);
    json.put("timestamp", timestamp);
    json.put("activityProgress", "Submitted");
    json.put("gradingProgress", "PendingManual");
    return json;
  }

  private static void assertRefused(Runnable call, int status) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            ServiceRejection.class, e -> assertThat(e.status()).isEqualTo(status));
  }
}
