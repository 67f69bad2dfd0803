package nl.onakoers.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * Publishes the tool's public keys (RFC 7517 JWK Set) at {@code /lti/jwks} for platforms to verify
 * the tool's JWTs. {@link WellKnownJwksResource} serves the same set at the well-known path.
 */
@Path("lti/jwks")
public class JwksResource {

  @Inject ToolKeys toolKeys;

  @GET
  @Produces("application/json")
  public Response jwks() {
    return publicKeys(toolKeys);
  }

  static Response publicKeys(ToolKeys toolKeys) {
    CacheControl cache = new CacheControl();
    // Short, so that a rotated key reaches platforms quickly.
    cache.setMaxAge(300);
    String body = toolKeys.publicJwks().toString(true);
    return Response.ok(body, "application/json").cacheControl(cache).build();
  }
}
