package nl.onakoers.ona.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.db.Database;
import nl.onakoers.db.DatabaseKind;
import nl.onakoers.db.TestDatabases;
import nl.onakoers.ona.card.Answers;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.infrastructure.JpaParticipantCardRepository;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.infrastructure.JpaEvidenceRepository;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Uploads, listing, downloads and removal of evidence on H2 and PostgreSQL, with hostile input:
 * what is refused stores nothing, and nobody outside the owner and the course's coaches sees it.
 */
class EvidenceUploadsTest {

  private static final Module M7 = ContentCatalog.fromClasspath().module("M7").orElseThrow();
  private static final Module M2 = ContentCatalog.fromClasspath().module("M2").orElseThrow();
  private static final CardOwner SAM = new CardOwner("reg-1", "course-1", "user-42");
  private static final CardOwner LINA = new CardOwner("reg-1", "course-1", "user-43");
  private static final CardOwner SAM_OTHER_COURSE = new CardOwner("reg-1", "course-2", "user-42");
  private static final CardOwner SAM_OTHER_PLATFORM = new CardOwner("reg-2", "course-1", "user-42");
  private static final CardOwner COACH = new CardOwner("reg-1", "course-1", "teacher-1");
  private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
  private static final byte[] PNG = EvidenceTypeTest.PNG;

  private final Map<String, String> settings =
      new HashMap<>(Map.of("ona.evidence.max.bytes", "100"));

  static DatabaseKind[] kinds() {
    return TestDatabases.kinds();
  }

  private record World(EvidenceUploads uploads, ResultCards cards, JpaEvidenceRepository files) {

    ParticipantCard card(CardOwner owner, Module module) {
      ParticipantCard card = cards.open(owner, module);
      return card.stored() ? card : cards.saveDraft(owner, module, Answers.none(), 0);
    }
  }

  private World world(Database db) {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    var files = new JpaEvidenceRepository(db);
    return new World(
        new EvidenceUploads(files, new Settings(settings::get), clock),
        new ResultCards(new JpaParticipantCardRepository(db), clock),
        files);
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aPngIsStoredUnderARandomIdWithItsNameOnlyAsLabel(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      ParticipantCard card = w.card(SAM, M7);

      EvidenceFile file = w.uploads().store(card, M7.card(), "cv", "../../etc/passwd", PNG);

      assertThat(file.id()).matches("[0-9a-f-]{36}");
      assertThat(file.label()).isEqualTo("passwd");
      assertThat(file.type()).isEqualTo(EvidenceType.PNG);
      assertThat(file.size()).isEqualTo(PNG.length);
      assertThat(file.sha256()).isEqualTo(EvidenceUploads.sha256(PNG)).hasSize(64);
      assertThat(w.uploads().list(SAM, "RK7")).containsExactly(file);
      assertThat(w.uploads().content(file)).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
      assertThat(w.uploads().filedKeys(SAM, "RK7")).containsExactly("cv");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void hostileUploadsAreRefusedAndStoreNothing(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      ParticipantCard card = w.card(SAM, M7);
      byte[] html = "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
      byte[] oversize = Arrays.copyOf(PNG, 101);

      assertRefused(() -> w.uploads().store(card, M7.card(), "cv", "pic.png", html), "WRONG_TYPE");
      assertRefused(() -> w.uploads().store(card, M7.card(), "cv", "a.png", oversize), "TOO_LARGE");
      assertRefused(() -> w.uploads().store(card, M7.card(), "cv", "a.png", new byte[0]), "EMPTY");
      assertRefused(() -> w.uploads().store(card, M7.card(), "cv", "", new byte[0]), "NO_FILE");
      assertRefused(
          () -> w.uploads().store(card, M7.card(), "taal", "a.png", PNG), "UNKNOWN_FIELD");
      assertRefused(() -> w.uploads().store(card, M7.card(), null, "a.png", PNG), "UNKNOWN_FIELD");

      assertThat(w.files().list(SAM, "RK7")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void noUploadWhenTheSchoolSwitchedUploadsOff(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      ParticipantCard card = w.card(SAM, M7);
      settings.put("ona.evidence.uploads", "false");

      assertRefused(() -> w.uploads().store(card, M7.card(), "cv", "a.png", PNG), "UPLOADS_OFF");
      assertThat(w.files().list(SAM, "RK7")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aSubmittedCardTakesNoUploadAndLosesNoFile(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      ParticipantCard draft = w.card(SAM, M7);
      String id = w.uploads().store(draft, M7.card(), "cv", "cv.png", PNG).id();
      ParticipantCard submitted =
          new ParticipantCard(
              draft.id(),
              draft.owner(),
              draft.cardId(),
              draft.contentVersion(),
              nl.onakoers.ona.card.CardStatus.INGEDIEND,
              draft.answers(),
              draft.version(),
              draft.updatedAt(),
              NOW,
              null);

      assertRefused(
          () -> w.uploads().store(submitted, M7.card(), "brief", "b.png", PNG), "NOT_EDITABLE");
      assertRefused(() -> w.uploads().remove(submitted, id), "NOT_EDITABLE");
      assertThat(w.files().list(SAM, "RK7")).extracting(EvidenceFile::id).containsExactly(id);
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void aFieldHoldsAtMostFiveFilesAndAListTakesFilesForItsEntries(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      ParticipantCard card = w.card(SAM, M7);
      for (int i = 0; i < EvidenceUploads.MAX_FILES_PER_FIELD; i++) {
        w.uploads().store(card, M7.card(), "brief", "brief" + i + ".png", PNG);
      }

      assertRefused(() -> w.uploads().store(card, M7.card(), "brief", "6.png", PNG), "TOO_MANY");
      assertThat(w.uploads().store(card, M7.card(), "cv", "cv.png", PNG)).isNotNull();
      ParticipantCard rk2 = w.card(SAM, M2);
      assertThat(w.uploads().store(rk2, M2.card(), "bewijzen", "d.png", PNG).fieldKey())
          .isEqualTo("bewijzen");
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyTheOwnerAndCoachesOfTheSameCourseAndPlatformCanReadAFile(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      String id = w.uploads().store(w.card(SAM, M7), M7.card(), "cv", "cv.png", PNG).id();

      assertThat(w.uploads().readableBy(SAM, false, id)).isPresent();
      assertThat(w.uploads().readableBy(COACH, true, id)).isPresent();
      assertThat(w.uploads().readableBy(LINA, false, id)).isEmpty();
      assertThat(w.uploads().readableBy(SAM_OTHER_COURSE, false, id)).isEmpty();
      assertThat(w.uploads().readableBy(SAM_OTHER_PLATFORM, false, id)).isEmpty();
      assertThat(w.uploads().readableBy(new CardOwner("reg-1", "course-2", "t"), true, id))
          .isEmpty();
      assertThat(w.uploads().readableBy(new CardOwner("reg-2", "course-1", "t"), true, id))
          .isEmpty();
      assertThat(w.uploads().readableBy(SAM, false, "no-such-id")).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void onlyTheOwnerRemovesAFileAndOnlyWhileTheCardIsEditable(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      String id = w.uploads().store(w.card(SAM, M7), M7.card(), "cv", "cv.png", PNG).id();

      assertThat(w.uploads().remove(w.card(LINA, M7), id)).isFalse();
      assertThat(w.uploads().remove(w.card(SAM_OTHER_COURSE, M7), id)).isFalse();
      assertThat(w.uploads().remove(w.card(SAM_OTHER_PLATFORM, M7), id)).isFalse();
      assertThat(w.uploads().remove(w.card(SAM, M2), id)).as("via another card").isFalse();
      assertThat(w.files().list(SAM, "RK7")).hasSize(1);

      assertThat(w.uploads().remove(w.card(SAM, M7), id)).isTrue();
      assertThat(w.files().list(SAM, "RK7")).isEmpty();
      assertThat(w.files().content(id)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void deletingAnOwnersDataRemovesAllTheirFilesAndNoOneElses(DatabaseKind kind) {
    try (Database db = TestDatabases.open(kind)) {
      World w = world(db);
      w.uploads().store(w.card(SAM, M7), M7.card(), "cv", "a.png", PNG);
      w.uploads().store(w.card(SAM, M7), M7.card(), "brief", "b.png", PNG);
      String linas = w.uploads().store(w.card(LINA, M7), M7.card(), "cv", "c.png", PNG).id();

      assertThat(w.files().deleteAllOf(SAM)).isEqualTo(2);

      assertThat(w.files().list(SAM, "RK7")).isEmpty();
      assertThat(w.files().list(LINA, "RK7")).extracting(EvidenceFile::id).containsExactly(linas);
      assertThat(w.files().content(linas)).isPresent();
    }
  }

  private static void assertRefused(Runnable upload, String problem) {
    assertThatThrownBy(upload::run)
        .isInstanceOfSatisfying(
            EvidenceRejectedException.class,
            e -> assertThat(e.problem().name()).isEqualTo(problem));
  }
}
