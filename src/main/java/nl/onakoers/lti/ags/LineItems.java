package nl.onakoers.lti.ags;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.platform.Registration;

/**
 * Finds or creates the line item a card's scores go to.
 *
 * <ol>
 *   <li>The launch's own {@code lineitem} claim, when the platform sent one.
 *   <li>Else a line item in the {@code lineitems} container with the card's {@code resourceId} and
 *       {@code tag}, bound to this resource link or to none, following {@code rel="next"} pages:
 *       first filtered by {@code resource_link_id} too, then without it.
 *   <li>Else a new one, bound to the resource link; when the platform refuses that with a 4xx, a
 *       new one without the link.
 * </ol>
 *
 * <p>The second look, without {@code resource_link_id}, finds a column created without a link (step
 * 3's fallback): it never matches that filter, and a new column would be made on every send.
 *
 * <p>Thread safe. Two nodes creating the same column at once may both create one; the platform then
 * lists two and the first page's first match wins.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0#line-item-service">AGS §3.2</a>
 */
@ApplicationScoped
public class LineItems {

  static final String CONTAINER_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";
  static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
  static final int MAX_PAGES = 100;

  private static final Logger LOG = Logger.getLogger(LineItems.class.getName());

  private final ServiceCalls calls;

  /** For the CDI proxy only. */
  protected LineItems() {
    this.calls = null;
  }

  @Inject
  public LineItems(AccessTokens tokens, PlatformHttp http) {
    this.calls = new ServiceCalls(tokens, http);
  }

  /**
   * The URL of the line item for the card.
   *
   * @throws AgsRequestException when the platform offers no line items or refuses the requests
   */
  public URI lineItemFor(Registration registration, AgsEndpoint endpoint, LineItemRequest wanted) {
    if (endpoint.lineItem() != null) {
      return endpoint.lineItem();
    }
    if (endpoint.lineItems() == null) {
      throw new AgsRequestException("The launch offers no AGS line items container", 0);
    }

    return find(registration, endpoint.lineItems(), wanted)
        .orElseGet(() -> create(registration, endpoint.lineItems(), wanted))
        .id();
  }

  /**
   * The matching line item in the container, looking through every page: bound to the resource link
   * first, then also one without a link.
   */
  public Optional<LineItem> find(Registration registration, URI container, LineItemRequest wanted) {
    if (wanted.resourceLinkId() != null) {
      Optional<LineItem> bound = search(registration, container, wanted, true);
      if (bound.isPresent()) {
        return bound;
      }
    }
    return search(registration, container, wanted, false);
  }

  private Optional<LineItem> search(
      Registration registration, URI container, LineItemRequest wanted, boolean byLink) {
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("resource_link_id", byLink ? wanted.resourceLinkId() : null);
    filters.put("resource_id", wanted.resourceId());
    filters.put("tag", wanted.tag());
    URI page = ServiceUrls.withParameters(container, filters);
    for (int pages = 0; page != null && pages < MAX_PAGES; pages++) {
      PlatformResponse response = get(registration, page);
      Optional<LineItem> match = items(response).stream().filter(wanted::matches).findFirst();
      if (match.isPresent()) {
        return match;
      }
      page = LinkHeader.next(response.headers("Link")).orElse(null);
    }
    return Optional.empty();
  }

  /** Creates the line item, without the resource link when the platform refuses it. */
  public LineItem create(Registration registration, URI container, LineItemRequest wanted) {
    PlatformResponse response = post(registration, container, body(wanted, true));
    if (wanted.resourceLinkId() != null && isClientError(response)) {
      LOG.log(
          Level.INFO,
          "Registration {0} refused a line item bound to resource link {1} (HTTP {2});"
              + " creating it unbound",
          new Object[] {registration.id(), wanted.resourceLinkId(), response.status()});
      response = post(registration, container, body(wanted, false));
    }
    if (!response.isSuccess()) {
      throw new AgsRequestException(
          "Line item for " + wanted.resourceId() + " refused by " + registration.id(),
          response.status());
    }

    LineItem created = LineItem.fromJson(object(response));
    LOG.log(
        Level.INFO,
        "Created line item {0} for card {1} at registration {2}",
        new Object[] {created.id(), wanted.resourceId(), registration.id()});
    return created;
  }

  private PlatformResponse get(Registration registration, URI page) {
    PlatformRequest request =
        new PlatformRequest("GET", page, Map.of("Accept", CONTAINER_TYPE), null);
    PlatformResponse response = calls.send(registration, LtiClaims.SCOPE_LINEITEM, request);
    if (!response.isSuccess()) {
      throw new AgsRequestException(
          "Line items of " + registration.id() + " not readable", response.status());
    }
    return response;
  }

  private PlatformResponse post(Registration registration, URI container, String body) {
    PlatformRequest request =
        new PlatformRequest(
            "POST",
            container,
            Map.of("Content-Type", LINE_ITEM_TYPE, "Accept", LINE_ITEM_TYPE),
            body);
    return calls.send(registration, LtiClaims.SCOPE_LINEITEM, request);
  }

  private static String body(LineItemRequest wanted, boolean withLink) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("label", wanted.label());
    json.put("scoreMaximum", JsonNumbers.of(wanted.scoreMaximum()));
    json.put("resourceId", wanted.resourceId());
    json.put("tag", wanted.tag());
    if (withLink && wanted.resourceLinkId() != null) {
      json.put("resourceLinkId", wanted.resourceLinkId());
    }
    return JSONObjectUtils.toJSONString(json);
  }

  private static boolean isClientError(PlatformResponse response) {
    return response.status() >= 400 && response.status() < 500 && response.status() != 401;
  }

  @SuppressWarnings("unchecked")
  private static List<LineItem> items(PlatformResponse response) {
    try {
      return JSONArrayUtils.parse(response.body().strip()).stream()
          .filter(Map.class::isInstance)
          .map(item -> LineItem.fromJson((Map<String, Object>) item))
          .toList();
    } catch (ParseException | IllegalArgumentException e) {
      throw new AgsRequestException("Line items container is not a JSON array", response.status());
    }
  }

  private static Map<String, Object> object(PlatformResponse response) {
    try {
      return JSONObjectUtils.parse(response.body().strip());
    } catch (ParseException e) {
      throw new AgsRequestException("Created line item is not a JSON object", response.status());
    }
  }
}
