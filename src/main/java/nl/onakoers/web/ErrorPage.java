package nl.onakoers.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Renders the styled error page: a title and an explanation from the string catalogue, the error
 * code when there is one, and the reference that is also in the log. Never a stack trace.
 */
@ApplicationScoped
public class ErrorPage {

  @Inject Templates templates;

  /**
   * @param status HTTP status of the response
   * @param messageKey catalogue key prefix: {@code <key>.title} and {@code <key>.text} are shown
   * @param errorCode a code such as {@code LTI-STATE-UNKNOWN}, or {@code null}
   * @param reference the reference from {@link ErrorReference}, also written to the log
   * @param language a language tag, or {@code null} for Dutch
   */
  public Response render(
      int status, String messageKey, String errorCode, String reference, String language) {
    return render(status, messageKey, errorCode, reference, language, List.of());
  }

  /** A text the person typed, shown back read-only so that it can be copied. */
  public record TypedText(String label, String text) {}

  /**
   * Like {@link #render(int, String, String, String, String)}, and shows {@code typed} below the
   * explanation: what the person posted and the tool could not keep, so it is not lost.
   */
  public Response render(
      int status,
      String messageKey,
      String errorCode,
      String reference,
      String language,
      List<TypedText> typed) {
    Messages messages = Messages.forLanguage(language);
    String html =
        templates.render(
            "error.jte",
            Map.of(
                "t",
                messages,
                "title",
                messages.get(messageKey + ".title"),
                "text",
                messages.get(messageKey + ".text"),
                "errorCode",
                errorCode == null ? "" : errorCode,
                "reference",
                reference,
                "typed",
                typed));
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(html)
        .build();
  }
}
