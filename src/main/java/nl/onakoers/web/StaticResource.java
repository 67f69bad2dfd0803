package nl.onakoers.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** Serves the style sheet, scripts and icons from {@code nl/onakoers/web/static}. */
@Path("static")
public class StaticResource {

  private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9-]+\\.(css|js|svg|png)");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "svg", "image/svg+xml",
          "png", "image/png");

  @GET
  @Path("{name}")
  public Response asset(@PathParam("name") String name) {
    if (!SAFE_NAME.matcher(name).matches()) {
      throw new NotFoundException();
    }
    InputStream content = getClass().getResourceAsStream("/nl/onakoers/web/static/" + name);
    if (content == null) {
      throw new NotFoundException();
    }
    CacheControl cache = new CacheControl();
    cache.setMaxAge(3600);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return Response.ok(content, TYPES.get(extension)).cacheControl(cache).build();
  }
}
