package nl.onakoers.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one course of the sandbox: its context, its people (a coach and three participants, all made
 * up) and the links it starts with. Deep linking adds more links (see {@link DemoStore}).
 */
public final class DemoCourse {

  public static final String CONTEXT_ID = "sandbox-course";
  public static final String CONTEXT_LABEL = "ONA-SB";
  public static final String CONTEXT_TITLE = "ONA sandbox: groep 1";

  public static final List<DemoPerson> PEOPLE =
      List.of(
          new DemoPerson(
              "sandbox-coach",
              "Carla de Vries",
              "Carla",
              "de Vries",
              "carla.devries@example.org",
              true),
          new DemoPerson(
              "sandbox-amina", "Amina Yusuf", "Amina", "Yusuf", "amina.yusuf@example.org", false),
          new DemoPerson(
              "sandbox-pieter",
              "Pieter Jansen",
              "Pieter",
              "Jansen",
              "pieter.jansen@example.org",
              false),
          new DemoPerson(
              "sandbox-olga",
              "Olga Kowalski",
              "Olga",
              "Kowalski",
              "olga.kowalski@example.org",
              false));

  /** A link the course starts with: a title and the custom parameters that say what it opens. */
  public record StartingLink(String title, Map<String, String> custom, boolean graded) {}

  public static final List<StartingLink> STARTING_LINKS =
      List.of(
          new StartingLink("ONA: overzicht van de modules", Map.of(), false),
          new StartingLink("Module M3: Mijn wensberoep", Map.of("module", "M3"), false),
          new StartingLink("Resultaatkaart RK3: Mijn wensberoep", Map.of("card", "RK3"), true));

  /** Maximum score of the starting graded link's column. */
  public static final double STARTING_SCORE_MAXIMUM = 12;

  private DemoCourse() {}

  public static Optional<DemoPerson> person(String id) {
    return PEOPLE.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  public static boolean isParticipant(String userId) {
    return person(userId).map(p -> !p.coach()).orElse(false);
  }
}
