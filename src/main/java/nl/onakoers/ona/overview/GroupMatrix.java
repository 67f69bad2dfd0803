package nl.onakoers.ona.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.onakoers.lti.nrps.Member;
import nl.onakoers.lti.nrps.Roster;

/**
 * Builds the participants × cards matrix from the roster and the tool's own data:
 *
 * <ul>
 *   <li>every active participant of the roster, also one who never launched (all "not started");
 *   <li>everyone with stored work or a live session, also one missing from the roster (a late
 *       enrolment, a roster page the platform left out, or no roster at all);
 *   <li>roster members who are only coaches are left out unless they have stored work;
 *   <li>names come from the roster, else from the launch; they are never stored by this class.
 * </ul>
 *
 * <p>Stateless and thread safe.
 */
public final class GroupMatrix {

  static final Comparator<ParticipantRow> BY_NAME =
      Comparator.comparing((ParticipantRow r) -> r.name() == null)
          .thenComparing(r -> r.name() == null ? "" : r.name().toLowerCase(Locale.ROOT))
          .thenComparing(ParticipantRow::userId);

  private GroupMatrix() {}

  public static GroupOverview build(
      Roster roster,
      CourseActivity activity,
      List<String> cardIds,
      Instant now,
      SignalThresholds thresholds) {
    return build(roster, activity, Map.of(), cardIds, now, thresholds);
  }

  /**
   * Like the above, with per participant (user id) the cards whose vacancies do not name their
   * wensberoep.
   */
  public static GroupOverview build(
      Roster roster,
      CourseActivity activity,
      Map<String, Set<String>> offWensberoep,
      List<String> cardIds,
      Instant now,
      SignalThresholds thresholds) {
    Map<String, List<CardProgress>> cards =
        activity.cards().stream().collect(Collectors.groupingBy(CardProgress::userId));
    Map<String, Person> people = people(roster, activity, cards.keySet());

    List<ParticipantRow> rows = new ArrayList<>();
    for (Person person : people.values()) {
      rows.add(
          row(
              person,
              cards.getOrDefault(person.userId(), List.of()),
              activity,
              offWensberoep.getOrDefault(person.userId(), Set.of()),
              cardIds,
              now,
              thresholds));
    }
    rows.sort(BY_NAME);
    return new GroupOverview(cardIds, rows, roster.availability());
  }

  private static ParticipantRow row(
      Person person,
      List<CardProgress> cards,
      CourseActivity activity,
      Set<String> offWensberoep,
      List<String> cardIds,
      Instant now,
      SignalThresholds thresholds) {
    List<Cell> cells = new ArrayList<>();
    for (String cardId : cardIds) {
      cells.add(
          cards.stream()
              .filter(c -> c.cardId().equals(cardId))
              .findFirst()
              .map(Cell::of)
              .orElseGet(() -> Cell.notStarted(cardId)));
    }
    Instant last = lastActivity(cards, activity.lastStepAt().get(person.userId()));
    List<ActivationSignal> signals =
        ActivationSignals.of(last, cells, offWensberoep, now, thresholds);
    return new ParticipantRow(
        person.userId(), person.name(), person.inRoster(), last, cells, signals);
  }

  private static Instant lastActivity(List<CardProgress> cards, Instant lastStep) {
    Instant last = lastStep;
    for (CardProgress card : cards) {
      if (last == null || card.updatedAt().isAfter(last)) {
        last = card.updatedAt();
      }
    }
    return last;
  }

  private static Map<String, Person> people(
      Roster roster, CourseActivity activity, Set<String> withCards) {
    Set<String> active = new LinkedHashSet<>(withCards);
    active.addAll(activity.lastStepAt().keySet());

    Map<String, Person> people = new LinkedHashMap<>();
    for (Member member : roster.members()) {
      boolean worked = active.contains(member.userId());
      boolean listed = member.isParticipant() && member.isActive();
      if (listed || worked) {
        String name = member.name() != null ? member.name() : joined(member);
        name = name != null ? name : activity.launched().get(member.userId());
        people.putIfAbsent(member.userId(), new Person(member.userId(), name, true));
      }
    }

    Set<String> others = new LinkedHashSet<>(active);
    others.addAll(activity.launched().keySet());
    for (String userId : others) {
      people.putIfAbsent(userId, new Person(userId, activity.launched().get(userId), false));
    }
    return people;
  }

  private static String joined(Member member) {
    String given = member.givenName() == null ? "" : member.givenName();
    String family = member.familyName() == null ? "" : member.familyName();
    String name = (given + " " + family).strip();
    return name.isEmpty() ? null : name;
  }

  private record Person(String userId, String name, boolean inRoster) {}
}
