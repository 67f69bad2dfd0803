package nl.onakoers.admin;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.privacy.Erasure;
import nl.onakoers.privacy.Person;
import nl.onakoers.privacy.PersonalData;

/**
 * A person's data for a school that answers an AVG (GDPR) request, under {@code
 * /api/admin/people?registration=<id>&user=<sub>}: GET exports everything the tool stores about
 * them as JSON, DELETE erases it. The person is named by the platform's user id (the LMS shows it,
 * e.g. Moodle's user id), because the tool keeps no names beyond a launch. The id travels as a
 * query parameter, since platform user ids may hold slashes. Each parameter is given once: a
 * repeated one is refused with 400.
 */
@Path("api/admin/people")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject PersonalData personalData;
  @Inject RegistrationAdmin registrations;

  @GET
  public String export(@Context UriInfo uri) {
    Person person = person(uri.getQueryParameters());
    var export = personalData.export(person).orElseThrow(() -> none(person.registrationId()));
    return JSONObjectUtils.toJSONString(export);
  }

  @DELETE
  public String erase(@Context UriInfo uri) {
    Person person = person(uri.getQueryParameters());
    Erasure erased = personalData.erase(person);
    if (erased.nothing()) {
      throw none(person.registrationId());
    }
    Map<String, Object> removed = new LinkedHashMap<>();
    removed.put("cards", erased.cards());
    removed.put("cardEvents", erased.cardEvents());
    removed.put("reviewsOfTheirCards", erased.reviewsOfTheirCards());
    removed.put("evidenceFiles", erased.evidenceFiles());
    removed.put("stepsDone", erased.stepsDone());
    removed.put("grades", erased.grades());
    removed.put("sessions", erased.sessions());
    removed.put("reviewsTheyWroteAnonymised", erased.reviewsTheyWrote());
    return JSONObjectUtils.toJSONString(removed);
  }

  /**
   * The person, after checking both parameters: each given once, not blank. A repeated one is
   * refused, because taking the first of two user ids could export or erase the wrong person. The
   * registration may have been deleted since: its people's data stays in the tool and must still be
   * reachable.
   */
  private static Person person(MultivaluedMap<String, String> query) {
    List<FieldProblem> problems = new ArrayList<>();
    String registrationId = single(query, "registration", problems);
    String userId = single(query, "user", problems);
    if (!problems.isEmpty()) {
      throw AdminProblem.invalid("invalid_request", problems);
    }
    return new Person(registrationId, userId);
  }

  private static String single(
      MultivaluedMap<String, String> query, String name, List<FieldProblem> problems) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.size() > 1) {
      problems.add(new FieldProblem(name, "repeated"));
      return null;
    }
    if (values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
      problems.add(new FieldProblem(name, "required"));
      return null;
    }
    return values.get(0);
  }

  /** Nothing stored: a mistyped registration id is named as such. */
  private AdminProblem none(String registrationId) {
    registrations.get(registrationId);
    return AdminProblem.notFound("no_personal_data", "The tool stores nothing about this person.");
  }
}
