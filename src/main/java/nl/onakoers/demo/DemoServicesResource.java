package nl.onakoers.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.text.ParseException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sandbox platform's services, called by the tool's server: the OAuth 2 token endpoint (client
 * credentials with a client assertion), AGS line items and scores, and NRPS memberships. Errors are
 * JSON {@code {"error":...,"error_description":...}} with the status a platform would use. Every
 * answer is 404 when demo mode is off.
 */
@Path("demo")
public class DemoServicesResource {

  static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String MEMBERSHIPS_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
  private static final Set<String> READ_LINE_ITEMS =
      Set.of(AGS + "lineitem", AGS + "lineitem.readonly");
  private static final Set<String> WRITE_LINE_ITEMS = Set.of(AGS + "lineitem");
  private static final Set<String> SCORE = Set.of(AGS + "score");
  private static final Set<String> MEMBERSHIPS =
      Set.of("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
  private static final Logger LOG = Logger.getLogger(DemoServicesResource.class.getName());

  @Inject DemoMode mode;
  @Inject DemoStore store;
  @Inject DemoKeys keys;
  @Inject ToolKeySource toolKeys;
  @Inject Clock clock;

  @POST
  @Path("token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response token(MultivaluedMap<String, String> form) {
    return answer(
        () -> {
          if (!"client_credentials".equals(form.getFirst("grant_type"))) {
            throw new ServiceRejection(400, "unsupported_grant_type", "client_credentials only");
          }
          if (!ASSERTION_TYPE.equals(form.getFirst("client_assertion_type"))) {
            throw new ServiceRejection(400, "invalid_request", "jwt-bearer assertions only");
          }
          new ClientAssertions(toolKeys.keys(), DemoMode.CLIENT_ID, mode.demoUrl("/token"))
              .verify(form.getFirst("client_assertion"));
          Set<String> granted = ServiceTokens.grant(form.getFirst("scope"));
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("access_token", tokens().issue(DemoMode.CLIENT_ID, granted));
          body.put("token_type", "Bearer");
          body.put("expires_in", ServiceTokens.LIFETIME.toSeconds());
          body.put("scope", String.join(" ", granted));
          return json(200, MediaType.APPLICATION_JSON, JSONObjectUtils.toJSONString(body));
        });
  }

  @GET
  @Path("courses/{context}/lineitems")
  public Response lineItems(
      @PathParam("context") String context,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("resource_id") String resourceId,
      @QueryParam("resource_link_id") String resourceLinkId,
      @QueryParam("tag") String tag) {
    return answer(
        () -> {
          requireCourse(context);
          tokens().require(authorization, READ_LINE_ITEMS);
          List<String> items =
              store.lineItems(context).stream()
                  .filter(i -> resourceId == null || resourceId.equals(i.resourceId()))
                  .filter(i -> resourceLinkId == null || resourceLinkId.equals(i.resourceLinkId()))
                  .filter(i -> tag == null || tag.equals(i.tag()))
                  .map(i -> JSONObjectUtils.toJSONString(lineItemJson(i)))
                  .toList();
          return json(200, CONTAINER_TYPE, "[" + String.join(",", items) + "]");
        });
  }

  @POST
  @Path("courses/{context}/lineitems")
  public Response addLineItem(
      @PathParam("context") String context,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    return answer(
        () -> {
          requireCourse(context);
          tokens().require(authorization, WRITE_LINE_ITEMS);
          requireType(contentType, LINE_ITEM_TYPE);
          DemoLineItem item = newLineItem(context, parse(body));
          store.addLineItem(item);
          LOG.log(Level.INFO, "Sandbox line item {0} created by the tool", item.id());
          return json(201, LINE_ITEM_TYPE, JSONObjectUtils.toJSONString(lineItemJson(item)));
        });
  }

  @GET
  @Path("courses/{context}/lineitems/{id}")
  public Response lineItem(
      @PathParam("context") String context,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
    return answer(
        () -> {
          DemoLineItem item = requireLineItem(context, id);
          tokens().require(authorization, READ_LINE_ITEMS);
          return json(200, LINE_ITEM_TYPE, JSONObjectUtils.toJSONString(lineItemJson(item)));
        });
  }

  @POST
  @Path("courses/{context}/lineitems/{id}/scores")
  public Response score(
      @PathParam("context") String context,
      @PathParam("id") String id,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      String body) {
    return answer(
        () -> {
          DemoLineItem item = requireLineItem(context, id);
          tokens().require(authorization, SCORE);
          DemoScore score =
              new ScoreBook(store).accept(item, contentType, parse(body), clock.instant());
          LOG.log(
              Level.INFO,
              "Sandbox score for line item {0}: {1}/{2}",
              new Object[] {item.id(), score.activityProgress(), score.gradingProgress()});
          return Response.noContent().build();
        });
  }

  @GET
  @Path("courses/{context}/memberships")
  public Response memberships(
      @PathParam("context") String context,
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryParam("limit") Integer limit,
      @QueryParam("page") Integer page,
      @QueryParam("role") String role) {
    return answer(
        () -> {
          requireCourse(context);
          tokens().require(authorization, MEMBERSHIPS);
          List<DemoPerson> people =
              DemoCourse.PEOPLE.stream()
                  .filter(
                      p -> role == null || p.role().endsWith("#" + role) || role.equals(p.role()))
                  .toList();
          Roster.Page members = Roster.page(people, limit, page);
          Response.ResponseBuilder response =
              Response.ok(membershipsJson(context, members)).type(MEMBERSHIPS_TYPE);
          members
              .next()
              .ifPresent(
                  next ->
                      response.header(
                          "Link", "<" + nextPage(context, limit, role, next) + ">; rel=\"next\""));
          return response.build();
        });
  }

  private String nextPage(String context, Integer limit, String role, int next) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("limit", String.valueOf(limit == null ? Roster.DEFAULT_LIMIT : limit));
    query.put("page", String.valueOf(next));
    if (role != null) {
      query.put("role", role);
    }
    return mode.demoUrl(DemoUrls.memberships(context))
        + "?"
        + nl.onakoers.web.QueryString.of(query);
  }

  private String membershipsJson(String context, Roster.Page page) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("id", mode.demoUrl(DemoUrls.memberships(context)));
    body.put(
        "context",
        Map.of(
            "id", DemoCourse.CONTEXT_ID,
            "label", DemoCourse.CONTEXT_LABEL,
            "title", DemoCourse.CONTEXT_TITLE));
    body.put("members", page.members().stream().map(DemoServicesResource::member).toList());
    return JSONObjectUtils.toJSONString(body);
  }

  private static Map<String, Object> member(DemoPerson person) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("status", "Active");
    member.put("name", person.name());
    member.put("given_name", person.givenName());
    member.put("family_name", person.familyName());
    member.put("email", person.email());
    member.put("user_id", person.id());
    member.put("roles", List.of(person.role()));
    return member;
  }

  private DemoLineItem newLineItem(String context, Map<String, Object> json) {
    String label = json.get("label") instanceof String s && !s.isBlank() ? s : null;
    double maximum = json.get("scoreMaximum") instanceof Number n ? n.doubleValue() : 0;
    if (label == null || !(maximum > 0)) {
      throw new ServiceRejection(400, "invalid_request", "label and scoreMaximum > 0 are required");
    }
    String linkId = json.get("resourceLinkId") instanceof String s ? s : null;
    if (linkId != null && store.link(linkId).filter(l -> l.contextId().equals(context)).isEmpty()) {
      throw new ServiceRejection(400, "invalid_request", "resourceLinkId is not in this course");
    }
    return new DemoLineItem(
        UUID.randomUUID().toString(),
        context,
        label,
        maximum,
        json.get("resourceId") instanceof String s ? s : null,
        linkId,
        json.get("tag") instanceof String s ? s : null,
        clock.instant());
  }

  private Map<String, Object> lineItemJson(DemoLineItem item) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", mode.demoUrl(DemoUrls.lineItem(item.contextId(), item.id())));
    json.put("label", item.label());
    json.put("scoreMaximum", item.scoreMaximum());
    putIfPresent(json, "resourceId", item.resourceId());
    putIfPresent(json, "resourceLinkId", item.resourceLinkId());
    putIfPresent(json, "tag", item.tag());
    return json;
  }

  private static void putIfPresent(Map<String, Object> json, String name, String value) {
    if (value != null) {
      json.put(name, value);
    }
  }

  private void requireCourse(String context) {
    if (!mode.enabled() || !DemoCourse.CONTEXT_ID.equals(context)) {
      throw new NotFoundException();
    }
  }

  private DemoLineItem requireLineItem(String context, String id) {
    requireCourse(context);
    return store
        .lineItem(id)
        .filter(i -> i.contextId().equals(context))
        .orElseThrow(NotFoundException::new);
  }

  private static void requireType(String contentType, String expected) {
    if (contentType == null || !contentType.startsWith(expected)) {
      throw new ServiceRejection(415, "invalid_request", "Content-Type must be " + expected);
    }
  }

  private static Map<String, Object> parse(String body) {
    try {
      return JSONObjectUtils.parse(body == null ? "" : body);
    } catch (ParseException e) {
      throw new ServiceRejection(400, "invalid_request", "the body is not a JSON object");
    }
  }

  private ServiceTokens tokens() {
    return new ServiceTokens(keys.signingKey(), mode.issuer(), clock);
  }

  private Response answer(java.util.function.Supplier<Response> work) {
    if (!mode.enabled()) {
      throw new NotFoundException();
    }
    try {
      return work.get();
    } catch (ServiceRejection e) {
      LOG.log(
          Level.INFO,
          "Sandbox service refused: {0} ({1})",
          new Object[] {e.error(), e.getMessage()});
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.error());
      body.put("error_description", e.getMessage());
      return json(e.status(), MediaType.APPLICATION_JSON, JSONObjectUtils.toJSONString(body));
    }
  }

  private static Response json(int status, String type, String body) {
    return Response.status(status)
        .type(type)
        .entity(body)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .build();
  }
}
