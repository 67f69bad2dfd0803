package nl.onakoers.demo;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The gradebook on the course page: every score the tool sent, newest first, as rows. */
public final class Gradebook {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
          .withZone(ZoneId.of("Europe/Amsterdam"));

  /** One row: strings ready to show, never null. */
  public record Row(
      String person,
      String column,
      String activityProgress,
      String gradingProgress,
      String score,
      String comment,
      String timestamp) {}

  private Gradebook() {}

  public static List<Row> rows(List<DemoScore> scores, List<DemoLineItem> items) {
    Map<String, DemoLineItem> byId =
        items.stream().collect(Collectors.toMap(DemoLineItem::id, Function.identity()));
    return scores.stream().map(s -> row(s, byId.get(s.lineItemId()))).toList();
  }

  private static Row row(DemoScore score, DemoLineItem item) {
    String person = DemoCourse.person(score.userId()).map(DemoPerson::name).orElse(score.userId());
    return new Row(
        person,
        item == null ? score.lineItemId() : item.label(),
        score.activityProgress(),
        score.gradingProgress(),
        score(score),
        score.comment() == null ? "" : score.comment(),
        TIME.format(score.timestamp()));
  }

  private static String score(DemoScore score) {
    if (score.scoreGiven() == null) {
      return "";
    }
    return number(score.scoreGiven()) + " / " + number(score.scoreMaximum());
  }

  private static String number(Double value) {
    if (value == null) {
      return "?";
    }
    return value == Math.rint(value)
        ? String.valueOf(value.longValue())
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
