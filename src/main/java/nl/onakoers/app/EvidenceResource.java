package nl.onakoers.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;
import nl.onakoers.ona.card.CardOwner;
import nl.onakoers.ona.card.ParticipantCard;
import nl.onakoers.ona.card.ResultCards;
import nl.onakoers.ona.card.StaleCardException;
import nl.onakoers.ona.content.ContentCatalog;
import nl.onakoers.ona.content.Module;
import nl.onakoers.ona.evidence.EvidenceFields;
import nl.onakoers.ona.evidence.EvidenceFile;
import nl.onakoers.ona.evidence.EvidenceProblem;
import nl.onakoers.ona.evidence.EvidenceRejectedException;
import nl.onakoers.ona.evidence.EvidenceUploads;
import nl.onakoers.ona.evidence.FileLabel;
import nl.onakoers.web.ErrorPage;
import nl.onakoers.web.ErrorReference;
import nl.onakoers.web.MultipartForm;

/**
 * Evidence files: the participant uploads one to a field of their card (a plain multipart form,
 * session token in the form), removes one, and downloads their own. A coach of the same course on
 * the same platform may download it too; anyone else gets 404, as for a file that does not exist.
 *
 * <p>The paths sit under their own root ({@code /app/evidence}), not under {@code /app/p}: JAX-RS
 * matches the root resource class first, so a second class below {@code app/p} would never be
 * reached.
 *
 * <p>TODO [evidence] the upload form is separate from the card form, so text typed in the last
 * moment before an upload, not yet autosaved, is not sent with it. Choosing a file starts the
 * autosave (an input event in the card form); without JavaScript, save first.
 */
@Path("app/evidence")
public class EvidenceResource {

  /** Room for the form's small text fields next to the file. */
  static final int FORM_ALLOWANCE = 16 * 1024;

  private static final Logger LOG = Logger.getLogger(EvidenceResource.class.getName());

  @Inject LaunchSessions sessions;
  @Inject ContentCatalog content;
  @Inject ResultCards resultCards;
  @Inject EvidenceUploads evidence;
  @Inject ParticipantPages pages;
  @Inject ErrorPage errorPage;

  @POST
  @Path("cards/{card}")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public Response upload(
      @PathParam("card") String cardId,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body)
      throws IOException {
    MultipartForm form;
    try {
      form = MultipartForm.read(contentType, body, evidence.maxBytes() + FORM_ALLOWANCE);
    } catch (IllegalArgumentException e) {
      return errorPage.render(400, "error.request", "HTTP-400", ErrorReference.next(), null);
    }
    Optional<LaunchSession> session = participant(form.field("s"));
    if (session.isEmpty()) {
      return expired();
    }
    Optional<Module> module = content.moduleOfCard(cardId);
    if (module.isEmpty()) {
      return pages.unknown(session.get());
    }
    Module asWritten = pages.asWritten(ParticipantPages.owner(session.get()), module.get());
    return store(session.get(), form.field("s"), asWritten, form);
  }

  private Response store(LaunchSession session, String token, Module module, MultipartForm form) {
    CardOwner owner = ParticipantPages.owner(session);
    String field = form.field("field");
    var file = form.file("file");
    String name = file.map(MultipartForm.FilePart::fileName).orElse(null);
    byte[] bytes = file.map(MultipartForm.FilePart::content).orElse(new byte[0]);
    try {
      if (form.truncated()) {
        throw new EvidenceRejectedException(EvidenceProblem.TOO_LARGE);
      }
      ParticipantCard card = resultCards.open(owner, module);
      evidence.check(card, module.card(), field, name, bytes);
      evidence.store(stored(owner, module, card), module.card(), field, name, bytes);
      return pages.evidencePage(session, token, module, "evidence.uploaded", null, null, 200);
    } catch (EvidenceRejectedException e) {
      LOG.log(
          Level.INFO,
          "Evidence upload to card {0} refused: {1}",
          new Object[] {module.card().id(), e.problem()});
      boolean known = EvidenceFields.isKey(module.card(), field);
      String problem = e.problem().messageKey();
      return pages.evidencePage(
          session, token, module, known ? "" : problem, field, problem, e.problem().status());
    }
  }

  /** The card as stored, saving it first when the participant uploads before typing anything. */
  private ParticipantCard stored(CardOwner owner, Module module, ParticipantCard card) {
    if (card.stored()) {
      return card;
    }
    try {
      return resultCards.saveDraft(owner, module, card.answers(), 0);
    } catch (StaleCardException e) {
      return resultCards.open(owner, module);
    }
  }

  @POST
  @Path("{id}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public Response remove(@PathParam("id") String id, @FormParam("s") String token) {
    Optional<LaunchSession> session = participant(token);
    if (session.isEmpty()) {
      return expired();
    }
    CardOwner owner = ParticipantPages.owner(session.get());
    Optional<EvidenceFile> file = evidence.readableBy(owner, false, id);
    Optional<Module> module = file.flatMap(f -> content.moduleOfCard(f.cardId()));
    if (module.isEmpty()) {
      return notFound(session.get());
    }
    try {
      evidence.remove(resultCards.open(owner, module.get()), id);
      return pages.evidencePage(
          session.get(), token, module.get(), "evidence.removed", null, null, 200);
    } catch (EvidenceRejectedException e) {
      return pages.evidencePage(session.get(), token, module.get(), "card.locked", null, null, 409);
    }
  }

  @GET
  @Path("{id}")
  public Response download(@PathParam("id") String id, @QueryParam("s") String token) {
    Optional<LaunchSession> session = sessions.resolve(token);
    if (session.isEmpty()) {
      return expired();
    }
    CardOwner viewer = ParticipantPages.owner(session.get());
    Optional<EvidenceFile> file = evidence.readableBy(viewer, session.get().coach(), id);
    Optional<byte[]> bytes = file.flatMap(evidence::content);
    if (bytes.isEmpty()) {
      return notFound(session.get());
    }
    return file(file.get(), bytes.get());
  }

  /** {@code X-Content-Type-Options: nosniff} comes from {@code web.SecurityHeadersFilter}. */
  private static Response file(EvidenceFile file, byte[] bytes) {
    String disposition = file.type().image() ? "inline" : "attachment";
    String encoded = URLEncoder.encode(file.label(), StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(bytes, file.type().mediaType())
        .header(
            "Content-Disposition",
            disposition
                + "; filename=\""
                + FileLabel.ascii(file.label())
                + "\"; filename*=UTF-8''"
                + encoded)
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private Optional<LaunchSession> participant(String token) {
    return sessions.resolve(token).filter(s -> !s.coach() && Roles.of(s.roles()).isParticipant());
  }

  private Response notFound(LaunchSession session) {
    return errorPage.render(
        404, "evidence.notfound", "EVIDENCE-NOT-FOUND", ErrorReference.next(), session.locale());
  }

  private Response expired() {
    return errorPage.render(
        401, "lti.session.expired", "SESSION-EXPIRED", ErrorReference.next(), null);
  }
}
