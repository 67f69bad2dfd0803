package nl.onakoers.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * The tool's public keys at {@code /.well-known/jwks.json}. A root resource of its own: JAX-RS
 * picks the root class by the longest matching path, so sharing one class with {@code /lti/jwks}
 * would let the {@code /lti} resources shadow it.
 */
@Path(".well-known/jwks.json")
public class WellKnownJwksResource {

  @Inject ToolKeys toolKeys;

  @GET
  @Produces("application/json")
  public Response jwks() {
    return JwksResource.publicKeys(toolKeys);
  }
}
