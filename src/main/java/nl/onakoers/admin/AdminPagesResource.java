package nl.onakoers.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/**
 * The admin pages under {@code /admin}. The admin token is asked for in a form and then travels
 * only in the page itself, as a hidden field of each form: never in a cookie or URL, so a stolen
 * browser session or log line does not carry it, and other sites cannot post these forms. Responses
 * are not stored by caches.
 */
@Path("admin")
@Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
public class AdminPagesResource {

  @Inject AdminToken adminToken;
  @Inject RegistrationAdmin admin;
  @Inject Templates templates;

  /** The fields every admin form posts. */
  public static class PageForm {
    @FormParam("token")
    String token;

    @FormParam("lang")
    String language;
  }

  /** The fields of the form that adds a registration. */
  public static class RegistrationFields {
    @FormParam("issuer")
    String issuer;

    @FormParam("clientId")
    String clientId;

    @FormParam("authUrl")
    String authUrl;

    @FormParam("tokenUrl")
    String tokenUrl;

    @FormParam("tokenAudience")
    String tokenAudience;

    @FormParam("jwksUrl")
    String jwksUrl;

    @FormParam("displayName")
    String displayName;

    @FormParam("kind")
    String kind;

    @FormParam("autoApproveDeployments")
    String autoApproveDeployments;

    /** One or more web addresses, separated by spaces, commas or new lines. */
    @FormParam("frameOrigins")
    String frameOrigins;

    RegistrationForm toForm() {
      return new RegistrationForm(
          issuer,
          clientId,
          authUrl,
          tokenUrl,
          tokenAudience,
          jwksUrl,
          displayName,
          kind,
          autoApproveDeployments != null,
          frameOrigins == null || frameOrigins.isBlank()
              ? null
              : List.of(frameOrigins.trim().split("[\\s,]+")));
    }
  }

  @GET
  public Response tokenForm(@QueryParam("lang") String language) {
    return tokenPage(200, Messages.forLanguage(language), "");
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response overview(@BeanParam PageForm page) {
    return withToken(
        page, messages -> listPage(200, page, messages, RegistrationForm.empty(), null, ""));
  }

  @POST
  @Path("registrations")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response addRegistration(@BeanParam PageForm page, @BeanParam RegistrationFields fields) {
    return withToken(page, messages -> saveRegistration(page, messages, fields.toForm()));
  }

  @POST
  @Path("deployments")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response decideDeployment(
      @BeanParam PageForm page,
      @FormParam("registrationId") String registrationId,
      @FormParam("deploymentId") String deploymentId,
      @FormParam("status") String status) {
    return withToken(
        page,
        messages -> {
          try {
            admin.changeDeployment(
                registrationId, deploymentId, new DeploymentForm(null, status, null));
            return listPage(
                200, page, messages, RegistrationForm.empty(), null, "admin.deployment.saved");
          } catch (AdminProblem problem) {
            return listPage(
                problem.status(),
                page,
                messages,
                RegistrationForm.empty(),
                null,
                problemKey(problem));
          }
        });
  }

  @POST
  @Path("registrations/approval")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response approveRegistration(
      @BeanParam PageForm page, @FormParam("registrationId") String registrationId) {
    return withToken(
        page,
        messages ->
            decideRegistration(
                page,
                messages,
                () -> admin.approve(registrationId),
                "admin.registration.approved"));
  }

  @POST
  @Path("registrations/deletion")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response deleteRegistration(
      @BeanParam PageForm page, @FormParam("registrationId") String registrationId) {
    return withToken(
        page,
        messages ->
            decideRegistration(
                page, messages, () -> admin.delete(registrationId), "admin.registration.deleted"));
  }

  private Response decideRegistration(
      PageForm page, Messages messages, Runnable decision, String savedKey) {
    try {
      decision.run();
      return listPage(200, page, messages, RegistrationForm.empty(), null, savedKey);
    } catch (AdminProblem problem) {
      String key =
          problem.status() == 404 ? "admin.registration.notfound" : "admin.registration.failed";
      return listPage(problem.status(), page, messages, RegistrationForm.empty(), null, key);
    }
  }

  private Response saveRegistration(PageForm page, Messages messages, RegistrationForm form) {
    try {
      admin.create(form);
      Validation warnings =
          new Validation(List.of(), RegistrationValidator.warnings(form.issuer()));
      return listPage(200, page, messages, RegistrationForm.empty(), warnings, "admin.add.saved");
    } catch (AdminProblem problem) {
      Validation errors = new Validation(problem.fields(), List.of());
      return listPage(problem.status(), page, messages, form, errors, "admin.add.failed");
    }
  }

  private Response withToken(PageForm page, Function<Messages, Response> work) {
    Messages messages = Messages.forLanguage(page.language);
    return switch (adminToken.check(page.token)) {
      case ACCEPTED -> work.apply(messages);
      case DISABLED -> tokenPage(503, messages, "admin.token.disabled");
      case REFUSED -> tokenPage(401, messages, "admin.token.refused");
    };
  }

  private Response tokenPage(int status, Messages messages, String errorKey) {
    String html = templates.render("admin/token.jte", Map.of("t", messages, "errorKey", errorKey));
    return page(status, html);
  }

  private Response listPage(
      int status,
      PageForm page,
      Messages messages,
      RegistrationForm form,
      Validation validation,
      String noticeKey) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("t", messages);
    parameters.put("token", page.token);
    parameters.put("rows", rows());
    parameters.put("form", form);
    parameters.put(
        "validation", validation == null ? new Validation(List.of(), List.of()) : validation);
    parameters.put("noticeKey", noticeKey);
    parameters.put("failed", status >= 400);
    parameters.put("kinds", RegistrationValidator.kindNames());
    return page(status, templates.render("admin/registrations.jte", parameters));
  }

  private List<AdminPageRow> rows() {
    return admin.all().stream().map(r -> new AdminPageRow(r, admin.deployments(r.id()))).toList();
  }

  private static String problemKey(AdminProblem problem) {
    return problem.status() == 404 ? "admin.deployment.notfound" : "admin.deployment.failed";
  }

  private static Response page(int status, String html) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .cacheControl(noStore)
        .entity(html)
        .build();
  }
}
