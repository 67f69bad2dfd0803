package nl.onakoers.admin;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
 * query parameter, since platform user ids may hold slashes.
 */
@Path("api/admin/people")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

  @Inject PersonalData personalData;
  @Inject RegistrationAdmin registrations;

  @GET
  public String export(
      @QueryParam("registration") String registrationId, @QueryParam("user") String userId) {
    var export =
        personalData.export(person(registrationId, userId)).orElseThrow(() -> none(registrationId));
    return JSONObjectUtils.toJSONString(export);
  }

  @DELETE
  public String erase(
      @QueryParam("registration") String registrationId, @QueryParam("user") String userId) {
    Erasure erased = personalData.erase(person(registrationId, userId));
    if (erased.nothing()) {
      throw none(registrationId);
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
   * The person, after checking both parameters. The registration may have been deleted since: its
   * people's data stays in the tool and must still be reachable.
   */
  private Person person(String registrationId, String userId) {
    List<FieldProblem> problems = new ArrayList<>();
    if (registrationId == null || registrationId.isBlank()) {
      problems.add(new FieldProblem("registration", "required"));
    }
    if (userId == null || userId.isBlank()) {
      problems.add(new FieldProblem("user", "required"));
    }
    if (!problems.isEmpty()) {
      throw AdminProblem.invalid("invalid_request", problems);
    }
    return new Person(registrationId, userId);
  }

  /** Nothing stored: a mistyped registration id is named as such. */
  private AdminProblem none(String registrationId) {
    registrations.get(registrationId);
    return AdminProblem.notFound("no_personal_data", "The tool stores nothing about this person.");
  }
}
