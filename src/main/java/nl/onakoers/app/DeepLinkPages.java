package nl.onakoers.app;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.deeplink.ContentItem;
import nl.onakoers.lti.deeplink.ContentItems;
import nl.onakoers.lti.deeplink.DeepLinkingResponse;
import nl.onakoers.lti.launch.LaunchClaims;
import nl.onakoers.lti.launch.LaunchClaims.DeepLinkingSettings;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.Messages;
import nl.onakoers.web.Templates;

/**
 * The coach's side of deep linking: the picker of modules and cards, and the page that posts the
 * signed response back to the platform. Checks, in order: the session came from an {@code
 * LtiDeepLinkingRequest}; the person is a coach; the request's settings are there; the selection is
 * not empty, names known items only, and holds one item unless the platform accepts several.
 *
 * <p>Thread safe.
 */
@ApplicationScoped
public class DeepLinkPages {

  private static final Logger LOG = Logger.getLogger(DeepLinkPages.class.getName());

  @Inject Templates templates;
  @Inject ErrorPage errorPage;
  @Inject ContentCatalog content;
  @Inject RegistrationRepository registrations;
  @Inject DeepLinkingResponse response;

  /** Whether the session was opened by a deep-linking request. */
  public static boolean isDeepLinking(LaunchSession session) {
    return LtiClaims.DEEP_LINKING_REQUEST.equals(session.messageType());
  }

  /** The picker, or the error page that says why there is none. */
  public Response picker(LaunchSession session, String token) {
    return toResponse(session, pickerOutcome(session, token));
  }

  /**
   * Signs the chosen items and renders the page that posts them to the platform.
   *
   * @param selection module ids (M1–M9) and card ids (RK1–RK9) as posted; may be null or empty
   */
  public Response respond(LaunchSession session, String token, List<String> selection) {
    return toResponse(session, respondOutcome(session, token, selection));
  }

  Outcome pickerOutcome(LaunchSession session, String token) {
    Optional<Outcome> refused = refuse(session);
    if (refused.isPresent()) {
      return refused.get();
    }

    DeepLinkingSettings settings = settings(session).orElseThrow();
    return pickerPage(session, token, settings, "", 200);
  }

  Outcome respondOutcome(LaunchSession session, String token, List<String> selection) {
    Optional<Outcome> refused = refuse(session);
    if (refused.isPresent()) {
      return refused.get();
    }
    DeepLinkingSettings settings = settings(session).orElseThrow();
    List<String> ids = selection == null ? List.of() : List.copyOf(new LinkedHashSet<>(selection));
    if (ids.isEmpty()) {
      return pickerPage(session, token, settings, "deeplink.error.empty", 400);
    }
    if (ids.size() > 1 && !settings.acceptMultiple()) {
      return pickerPage(session, token, settings, "deeplink.error.multiple", 400);
    }
    List<ContentItem> items = items(ids, session.locale());
    if (items.size() != ids.size() || !acceptsResourceLinks(settings)) {
      return pickerPage(session, token, settings, "deeplink.error.unknown", 400);
    }

    Registration registration = registrations.find(session.registrationId()).orElseThrow();
    String jwt = response.sign(registration, session.deploymentId(), settings, items);
    return returnPage(session, settings.returnUrl(), jwt);
  }

  private static Optional<Outcome> refuse(LaunchSession session) {
    if (!isDeepLinking(session)) {
      return Optional.of(new Refused(400, "deeplink.wrongmessage", "DL-NOT-DEEP-LINKING"));
    }
    if (!session.coach()) {
      return Optional.of(new Refused(403, "deeplink.forbidden", "DL-NOT-COACH"));
    }
    if (settings(session).isEmpty()) {
      return Optional.of(new Refused(400, "deeplink.nosettings", "DL-NO-SETTINGS"));
    }
    return Optional.empty();
  }

  private Response toResponse(LaunchSession session, Outcome outcome) {
    if (outcome instanceof Page page) {
      return Response.status(page.status())
          .entity(page.html())
          .header("Cache-Control", "no-store")
          .build();
    }
    Refused refused = (Refused) outcome;
    String reference = ErrorReference.next();
    LOG.log(
        Level.INFO,
        "Deep linking refused ({0}) for registration {1}, deployment {2}, reference {3}",
        new Object[] {refused.code(), session.registrationId(), session.deploymentId(), reference});
    return errorPage.render(
        refused.status(), refused.messageKey(), refused.code(), reference, session.locale());
  }

  private Outcome pickerPage(
      LaunchSession session,
      String token,
      DeepLinkingSettings settings,
      String errorKey,
      int status) {
    Messages messages = Messages.forLanguage(session.locale());
    boolean offerable = acceptsResourceLinks(settings);
    DeepLinkPicker page =
        new DeepLinkPicker(
            messages,
            token,
            offerable ? content.modules() : List.of(),
            settings.acceptMultiple(),
            errorKey);
    return new Page(status, templates.render("lti/deep-link-picker.jte", Map.of("page", page)));
  }

  private Outcome returnPage(LaunchSession session, String returnUrl, String jwt) {
    Messages messages = Messages.forLanguage(session.locale());
    String html =
        templates.render(
            "lti/deep-link-return.jte", Map.of("t", messages, "action", returnUrl, "jwt", jwt));
    return new Page(200, html);
  }

  private List<ContentItem> items(List<String> ids, String language) {
    List<ContentItem> items = new ArrayList<>();
    for (String id : ids) {
      ContentItems.byId(content, id, language).ifPresent(items::add);
    }
    return items;
  }

  private static boolean acceptsResourceLinks(DeepLinkingSettings settings) {
    return settings.acceptTypes().contains(LtiClaims.CONTENT_ITEM_RESOURCE_LINK);
  }

  /** The deep-linking settings the session kept from its launch. */
  static Optional<DeepLinkingSettings> settings(LaunchSession session) {
    String json = session.serviceClaims().get(LtiClaims.DEEP_LINKING_SETTINGS);
    if (json == null) {
      return Optional.empty();
    }
    try {
      JWTClaimsSet claims =
          JWTClaimsSet.parse(
              Map.of(
                  LtiClaims.DEEP_LINKING_SETTINGS,
                  com.nimbusds.jose.util.JSONObjectUtils.parse(json)));
      return LaunchClaims.of(claims).deepLinkingSettings();
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  /** What a deep-linking request ends in: a page of the tool or a refusal. */
  sealed interface Outcome permits Page, Refused {}

  /** A rendered page with its HTTP status. */
  record Page(int status, String html) implements Outcome {}

  /** A refusal, shown as the error page with the catalogue key and the error code. */
  record Refused(int status, String messageKey, String code) implements Outcome {}
}
