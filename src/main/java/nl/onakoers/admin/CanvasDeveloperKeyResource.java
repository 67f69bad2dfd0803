package nl.onakoers.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import nl.onakoers.config.Settings;
import nl.onakoers.lti.registration.CanvasDeveloperKey;
import nl.onakoers.web.ToolUrls;

/**
 * {@code GET /api/admin/canvas-developer-key.json}: the Canvas developer key for this installation,
 * built from {@code ONA_BASE_URL}, as a download.
 */
@Path("api/admin/canvas-developer-key.json")
@AdminAuthenticated
public class CanvasDeveloperKeyResource {

  @Inject Settings settings;

  @GET
  public Response download() {
    return Response.ok(CanvasDeveloperKey.json(ToolUrls.from(settings)), "application/json")
        .header("Content-Disposition", "attachment; filename=\"canvas-developer-key.json\"")
        .build();
  }
}
