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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

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

  @GET
  public List<RegistrationResponse> list() {
    return admin.all().stream().map(RegistrationResponse::of).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(String body, @Context UriInfo uri) {
    var created = admin.create(JsonBodies.read(body, RegistrationForm.class));
    return Response.created(uri.getAbsolutePathBuilder().segment(created.id()).build())
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
  public Response addDeployment(@PathParam("id") String id, String body, @Context UriInfo uri) {
    var added = admin.addDeployment(id, JsonBodies.read(body, DeploymentForm.class));
    return Response.created(uri.getAbsolutePathBuilder().segment(added.deploymentId()).build())
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
