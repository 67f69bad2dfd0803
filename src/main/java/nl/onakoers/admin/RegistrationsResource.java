package nl.onakoers.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import nl.onakoers.config.Settings;

/**
 * The admin JSON API for registrations and their deployments, under {@code
 * /api/admin/registrations}. Every request needs the admin bearer token ({@link
 * AdminAuthenticationFilter}); refusals are rendered by {@link AdminProblemMapper}.
 */
@Path("api/admin/registrations")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class RegistrationsResource {

  @Inject RegistrationAdmin admin;
  @Inject Settings settings;

  /** Locations come from ONA_BASE_URL, like every URL the tool sends, never from Host. */
  private URI location(String... segments) {
    return UriBuilder.fromUri(settings.url("/api/admin/registrations")).segment(segments).build();
  }

  @GET
  public List<RegistrationResponse> list() {
    return admin.all().stream().map(RegistrationResponse::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body) {
    var created = admin.create(JsonBodies.read(body, RegistrationForm.class));
    return Response.created(location(created.id()))
        .entity(RegistrationResponse.of(created))
        .build();
  }

  @GET
  @Path("{id}")
  public RegistrationResponse get(@PathParam("id") String id) {
    return RegistrationResponse.of(admin.get(id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RegistrationResponse update(@PathParam("id") String id, String body) {
    return RegistrationResponse.of(admin.update(id, JsonBodies.read(body, RegistrationForm.class)));
  }

  /** Approves a registration that waits after dynamic registration, with its deployment. */
  @POST
  @Path("{id}/approval")
  public RegistrationResponse approve(@PathParam("id") String id) {
    return RegistrationResponse.of(admin.approve(id));
  }

  /** Deletes a registration; for a pending one this rejects it. */
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    admin.delete(id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deployments")
  public List<DeploymentResponse> deployments(@PathParam("id") String id) {
    return admin.deployments(id).stream().map(DeploymentResponse::of).toList();
  }

  @POST
  @Path("{id}/deployments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response addDeployment(@PathParam("id") String id, String body) {
    var added = admin.addDeployment(id, JsonBodies.read(body, DeploymentForm.class));
    return Response.created(location(id, "deployments", added.deploymentId()))
        .entity(DeploymentResponse.of(added))
        .build();
  }

  @PUT
  @Path("{id}/deployments/{deploymentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public DeploymentResponse changeDeployment(
      @PathParam("id") String id, @PathParam("deploymentId") String deploymentId, String body) {
    DeploymentForm change = JsonBodies.read(body, DeploymentForm.class);
    return DeploymentResponse.of(admin.changeDeployment(id, deploymentId, change));
  }

  @DELETE
  @Path("{id}/deployments/{deploymentId}")
  public Response deleteDeployment(
      @PathParam("id") String id, @PathParam("deploymentId") String deploymentId) {
    admin.deleteDeployment(id, deploymentId);
    return Response.noContent().build();
  }
}
