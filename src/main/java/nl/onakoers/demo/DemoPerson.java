package nl.onakoers.demo;

/**
 * A fake person of the sandbox course.
 *
 * @param id the {@code sub} the tool sees, e.g. {@code sandbox-amina}
 * @param name the full name shown and sent
 * @param givenName the first name
 * @param familyName the last name
 * @param email a made-up address on {@code example.org}
 * @param coach whether the person is the course's Instructor, else a Learner
 */
public record DemoPerson(
    String id, String name, String givenName, String familyName, String email, boolean coach) {

  private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

  /** The context role URI the launch and the roster carry. */
  public String role() {
    return MEMBERSHIP + (coach ? "Instructor" : "Learner");
  }
}
