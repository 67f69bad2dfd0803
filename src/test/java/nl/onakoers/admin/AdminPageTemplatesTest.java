package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;
import nl.onakoers.lti.platform.PlatformKind;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationStatus;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;
import org.junit.jupiter.api.Test;

class AdminPageTemplatesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

  private final Templates templates = new Templates();

  @Test
  void pendingDeploymentIsHighlightedWithApproveAndRejectFormsCarryingTheToken() {
    String html = render(RegistrationForm.empty(), new Validation(List.of(), List.of()));

    assertThat(html)
        .contains("class=\"deployment pending\"")
        .contains("Wacht op goedkeuring")
        .contains("name=\"status\" value=\"active\"")
        .contains("name=\"status\" value=\"rejected\"")
        .contains("name=\"token\" value=\"tok&lt;en\"");
  }

  @Test
  void pendingRegistrationHasApproveAndDeleteFormsAndShowsItsLmsAddress() {
    Registration pending = canvasSchool().withStatus(RegistrationStatus.PENDING);

    String html = render(List.of(new AdminPageRow(pending, List.of())));

    assertThat(html)
        .contains(Messages.forLanguage("nl").get("admin.registration.pending"))
        .contains("action=\"/admin/registrations/approval\"")
        .contains("action=\"/admin/registrations/deletion\"")
        .contains("name=\"registrationId\" value=\"r-2\"")
        .contains("<code>https://school.instructure.com</code>")
        .contains("id=\"field-frameOrigins\"");
  }

  @Test
  void activeRegistrationHasNoApprovalForm() {
    String html = render(List.of(new AdminPageRow(canvasSchool(), List.of())));

    assertThat(html).doesNotContain("/admin/registrations/approval");
  }

  private static Registration canvasSchool() {
    return new Registration(
        "r-2",
        "https://canvas.instructure.com",
        "10000000000001",
        URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect"),
        URI.create("https://sso.canvaslms.com/login/oauth2/token"),
        null,
        URI.create("https://sso.canvaslms.com/api/lti/security/jwks"),
        "Canvas school",
        PlatformKind.CANVAS,
        false,
        NOW,
        RegistrationStatus.ACTIVE,
        List.of("https://school.instructure.com"));
  }

  private String render(List<AdminPageRow> rows) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("t", Messages.forLanguage("nl"));
    parameters.put("token", "tok");
    parameters.put("rows", rows);
    parameters.put("form", RegistrationForm.empty());
    parameters.put("validation", new Validation(List.of(), List.of()));
    parameters.put("noticeKey", "");
    parameters.put("failed", false);
    parameters.put("kinds", RegistrationValidator.kindNames());
    return templates.render("admin/registrations.jte", parameters);
  }

  @Test
  void userTextIsEscaped() {
    String html = render(RegistrationForm.empty(), new Validation(List.of(), List.of()));

    assertThat(html).contains("School &lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void fieldErrorIsShownNextToItsLabelledField() {
    var validation = new Validation(List.of(new FieldProblem("authUrl", "https")), List.of());
    var form =
        new RegistrationForm(
            "https://lms.example",
            "c",
            "http://lms.example/auth",
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    String html = render(form, validation);

    assertThat(html)
        .contains("<label for=\"field-authUrl\">")
        .contains("id=\"error-authUrl\"")
        .contains("aria-describedby=\"error-authUrl\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"http://lms.example/auth\"")
        .contains(Messages.forLanguage("nl").get("admin.problem.https"));
  }

  @Test
  void tokenPageAsksForTheTokenWithALabel() {
    String html =
        templates.render(
            "admin/token.jte", Map.of("t", Messages.forLanguage("en"), "errorKey", ""));

    assertThat(html)
        .contains("<label for=\"token\">Admin token</label>")
        .contains("name=\"token\"");
  }

  private String render(RegistrationForm form, Validation validation) {
    Registration registration =
        new Registration(
            "r-1",
            "https://moodle.school.example",
            "client-a",
            URI.create("https://moodle.school.example/mod/lti/auth.php"),
            URI.create("https://moodle.school.example/mod/lti/token.php"),
            null,
            URI.create("https://moodle.school.example/mod/lti/certs.php"),
            "School <script>",
            PlatformKind.MOODLE,
            false,
            NOW);
    Deployment pending = new Deployment("r-1", "3", DeploymentStatus.PENDING, "", NOW);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("t", Messages.forLanguage("nl"));
    parameters.put("token", "tok<en");
    parameters.put("rows", List.of(new AdminPageRow(registration, List.of(pending))));
    parameters.put("form", form);
    parameters.put("validation", validation);
    parameters.put("noticeKey", "");
    parameters.put("failed", false);
    parameters.put("kinds", RegistrationValidator.kindNames());
    return templates.render("admin/registrations.jte", parameters);
  }
}
