package nl.onakoers.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeys;

/**
 * Rotation of the tool's signing keys: {@code POST /api/admin/keys/rotate} adds a key that signs
 * from now on (older keys stay in the JWKS); {@code POST /api/admin/keys/{kid}/retire} takes a key
 * out of the JWKS. Retire an old key only after platforms have fetched the new JWKS (it is cached
 * for 5 minutes by HTTP, longer by some platforms).
 */
@Path("api/admin/keys")
@AdminAuthenticated
@Produces(MediaType.APPLICATION_JSON)
public class ToolKeysResource {

  @Inject ToolKeys toolKeys;

  @POST
  @Path("rotate")
  public Response rotate() {
    ToolKey key = toolKeys.rotate();
    return Response.status(Response.Status.CREATED).entity(Map.of("kid", key.kid())).build();
  }

  /**
   * @throws AdminProblem 404 for an unknown or retired kid, 409 for the only published key
   */
  @POST
  @Path("{kid}/retire")
  public Response retire(@PathParam("kid") String kid) {
    boolean retired;
    try {
      retired = toolKeys.retire(kid);
    } catch (IllegalStateException e) {
      throw AdminProblem.lastKey();
    }
    if (!retired) {
      throw AdminProblem.notFound("key_not_found", "No published key " + kid);
    }
    return Response.noContent().build();
  }
}
