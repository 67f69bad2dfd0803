package nl.onakoers.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import nl.onakoers.config.BuildInfo;
import nl.onakoers.config.Settings;

/**
 * The page at {@code /}: what the tool is, and the URLs an administrator enters in the LMS. Every
 * URL comes from {@code ONA_BASE_URL}, never from the request's Host header.
 */
@Path("/")
public class LandingResource {

  @Inject Settings settings;
  @Inject Templates templates;

  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String landing(@QueryParam("lang") String language) {
    return templates.render(
        "landing.jte",
        Map.of(
            "t", Messages.forLanguage(language),
            "urls", ToolUrls.from(settings),
            "version", BuildInfo.version()));
  }
}
