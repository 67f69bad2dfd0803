package nl.onakoers.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.registration.RegistrationInvitations;
import nl.onakoers.lti.registration.RegistrationInvitations.Invitation;
import nl.onakoers.web.QueryString;

/**
 * {@code POST /api/admin/registration-invitations}: makes a dynamic registration link that works
 * until it expires. Body (optional): {@code {"validForHours": 24}}, a whole number from 1 to 720;
 * anything else is refused with 400, naming the field. Answers 201 with {@code url}, {@code invite}
 * and {@code expiresAt}.
 */
@Path("api/admin/registration-invitations")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationInvitationsResource {

  /** The request body. */
  public record InvitationForm(Integer validForHours) {}

  @Inject RegistrationInvitations invitations;
  @Inject Settings settings;

  @POST
  @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
  public Response create(String body) {
    Duration lifetime = lifetime(body);

    Invitation invitation = invitations.create(lifetime);

    String url =
        settings.url("/lti/register") + "?" + QueryString.of(Map.of("invite", invitation.code()));
    return Response.status(Response.Status.CREATED)
        .entity(
            Map.of(
                "url", url,
                "invite", invitation.code(),
                "expiresAt", invitation.expiresAt().toString()))
        .build();
  }

  private static Duration lifetime(String body) {
    if (body == null || body.isBlank()) {
      return RegistrationInvitations.DEFAULT_LIFETIME;
    }
    Integer hours = JsonBodies.read(body, InvitationForm.class).validForHours();
    if (hours == null) {
      return RegistrationInvitations.DEFAULT_LIFETIME;
    }
    Duration lifetime = Duration.ofHours(hours);
    if (hours < 1 || lifetime.compareTo(RegistrationInvitations.MAX_LIFETIME) > 0) {
      throw AdminProblem.invalid(
          "invalid_invitation", List.of(new FieldProblem("validForHours", "range")));
    }
    return lifetime;
  }
}
