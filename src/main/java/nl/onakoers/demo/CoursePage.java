package nl.onakoers.demo;

import java.util.List;
import nl.onakoers.web.Messages;

/**
 * What the course page shows.
 *
 * @param t the texts
 * @param people the course's people, coach first
 * @param links the course's links
 * @param gradebook the scores the tool sent
 * @param toolOrigin the origin the platform-storage script answers
 */
public record CoursePage(
    Messages t,
    List<DemoPerson> people,
    List<DemoLink> links,
    List<Gradebook.Row> gradebook,
    String toolOrigin) {

  public DemoPerson coach() {
    return people.stream().filter(DemoPerson::coach).findFirst().orElseThrow();
  }
}
