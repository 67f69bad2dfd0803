package nl.onakoers.lti.keys;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Publishes the tool's public keys (RFC 7517 JWK Set) for platforms to verify its JWTs. */
@Path("/")
public class JwksResource {

  static final String JWKS_MEDIA_TYPE = "application/jwk-set+json";

  @Inject ToolKeys toolKeys;

  @GET
  @Path(".well-known/jwks.json")
  @Produces({"application/json", JWKS_MEDIA_TYPE})
  public Response wellKnown() {
    return jwks();
  }

  @GET
  @Path("lti/jwks")
  @Produces({"application/json", JWKS_MEDIA_TYPE})
  public Response jwks() {
    CacheControl cache = new CacheControl();
    // Short, so that a rotated key reaches platforms quickly.
    cache.setMaxAge(300);
    String body = toolKeys.publicJwks().toString(true);
    return Response.ok(body, "application/json").cacheControl(cache).build();
  }
}
