package nl.onakoers.lti.nrps;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onakoers.lti.launch.LtiClaims;
import nl.onakoers.lti.launch.Roles;
import nl.onakoers.lti.platform.Registration;

/**
 * Reads a context's members from the platform's {@code context_memberships_url}:
 *
 * <ol>
 *   <li>asks {@link ServiceTokens} for a token with the {@code contextmembership.readonly} scope;
 *   <li>GETs the container with Accept {@value #MEDIA_TYPE}, adding {@code rlid} when the view is
 *       about one resource link;
 *   <li>follows {@code Link: <...>; rel="next"} (same origin only, at most {@link #MAX_PAGES}
 *       pages), tolerant of Moodle's {@code &amp;amp;} and typographic quotes; a header without a
 *       next link ends the roster, a next link that is no URI fails it;
 *   <li>on HTTP 401 drops the token and tries once more with a fresh one;
 *   <li>maps each member's roles, full URIs and Moodle's short names alike, with {@link Roles}.
 * </ol>
 *
 * <p>Answers are cached per registration, memberships URL and {@code rlid} for {@link #CACHE_TIME};
 * failures are not cached and surface as {@link RosterUnavailableException}.
 *
 * <p>Thread safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0">LTI NRPS 2.0</a>
 */
@ApplicationScoped
public class Memberships {

  public static final String MEDIA_TYPE =
      "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
  public static final Duration CACHE_TIME = Duration.ofMinutes(5);
  static final int MAX_PAGES = 50;
  static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(10);
  private static final Set<String> SCOPES = Set.of(LtiClaims.SCOPE_NRPS_MEMBERSHIP_READONLY);

  private static final Logger LOG = Logger.getLogger(Memberships.class.getName());

  /**
   * One link of a {@code Link} header and its rel value. Quotes around the rel may be anything that
   * is not a letter or digit: Moodle sends typographic quotes as UTF-8, which the JDK client reads
   * as ISO-8859-1 bytes.
   */
  private static final Pattern LINK =
      Pattern.compile("<([^>]*)>\\s*;[^<]*?\\brel\\s*=\\s*[^A-Za-z0-9<]*([A-Za-z][A-Za-z0-9 .-]*)");

  private final HttpClient client;
  private final ServiceTokens tokens;
  private final Cache<Key, List<Member>> cache;

  /** For the CDI proxy only. */
  protected Memberships() {
    this.client = null;
    this.tokens = null;
    this.cache = null;
  }

  @Inject
  public Memberships(ServiceTokens tokens) {
    this(
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build(),
        tokens,
        Ticker.systemTicker());
  }

  Memberships(HttpClient client, ServiceTokens tokens, Ticker ticker) {
    this.client = client;
    this.tokens = tokens;
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(CACHE_TIME)
            .maximumSize(1_000)
            .ticker(ticker)
            .build();
  }

  /**
   * The members of the context, from the cache when read less than {@link #CACHE_TIME} ago.
   *
   * @param registration the platform, not null
   * @param contextMembershipsUrl from the launch's {@code namesroleservice} claim, not null
   * @param resourceLinkId the {@code rlid} to ask about, or empty for the whole context
   * @throws RosterUnavailableException when the roster cannot be read
   */
  public List<Member> members(
      Registration registration, String contextMembershipsUrl, Optional<String> resourceLinkId) {
    Key key = new Key(registration.id(), contextMembershipsUrl, resourceLinkId.orElse(null));
    return cache.get(key, k -> fetch(registration, k));
  }

  private List<Member> fetch(Registration registration, Key key) {
    try {
      return fetch(registration, key, tokens.bearer(registration, SCOPES));
    } catch (Unauthorized e) {
      tokens.invalidate(registration, SCOPES);
    }
    try {
      return fetch(registration, key, tokens.bearer(registration, SCOPES));
    } catch (Unauthorized e) {
      throw new RosterUnavailableException("Roster rejected: HTTP 401 twice from " + key.url());
    }
  }

  private List<Member> fetch(Registration registration, Key key, String bearer) {
    URI first = withRlid(URI.create(key.url()), key.rlid());
    List<Member> members = new ArrayList<>();
    URI next = first;
    int pages = 0;
    while (next != null) {
      if (++pages > MAX_PAGES) {
        throw new RosterUnavailableException("Roster rejected: more than " + MAX_PAGES + " pages");
      }
      next = readPage(next, first, bearer, members);
    }

    LOG.log(
        Level.INFO,
        "Read {0} member(s) in {1} page(s) for registration {2} from {3}",
        new Object[] {members.size(), pages, registration.id(), key.url()});
    return List.copyOf(members);
  }

  /** Adds the page's members and returns the next page, or null. */
  private URI readPage(URI url, URI first, String bearer, List<Member> members) {
    HttpResponse<String> response = get(url, bearer);
    if (response.statusCode() == 401) {
      throw new Unauthorized();
    }
    if (response.statusCode() != 200) {
      throw new RosterUnavailableException(
          "Roster rejected: HTTP " + response.statusCode() + " from " + url);
    }
    members.addAll(parse(response.body(), url));
    return nextPage(response, first);
  }

  private HttpResponse<String> get(URI url, String bearer) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(RESPONSE_TIMEOUT)
            .header("Accept", MEDIA_TYPE)
            .header("Authorization", "Bearer " + bearer)
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new RosterUnavailableException("Roster unavailable: " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RosterUnavailableException("Roster request interrupted: " + url, e);
    }
  }

  static List<Member> parse(String body, URI url) {
    try {
      Map<String, Object> container = JSONObjectUtils.parse(body);
      List<Object> members = JSONObjectUtils.getJSONArray(container, "members");
      if (members == null) {
        throw new RosterUnavailableException("Roster rejected: no members in " + url);
      }
      List<Member> result = new ArrayList<>();
      for (Object member : members) {
        if (member instanceof Map<?, ?> json && json.get("user_id") instanceof String) {
          result.add(member(json));
        }
      }
      return result;
    } catch (ParseException e) {
      throw new RosterUnavailableException("Roster rejected: not a membership container " + url);
    }
  }

  private static Member member(Map<?, ?> json) {
    List<String> roles = new ArrayList<>();
    if (json.get("roles") instanceof List<?> list) {
      list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(roles::add);
    }
    return new Member(
        (String) json.get("user_id"),
        string(json, "name"),
        string(json, "given_name"),
        string(json, "family_name"),
        string(json, "email"),
        string(json, "status"),
        Roles.of(roles));
  }

  private static String string(Map<?, ?> json, String name) {
    return json.get(name) instanceof String value && !value.isBlank() ? value : null;
  }

  /** The {@code rel="next"} link; the bearer token is never sent to another origin. */
  static URI nextPage(HttpResponse<?> response, URI first) {
    for (String link : response.headers().allValues("Link")) {
      Matcher matcher = LINK.matcher(link);
      while (matcher.find()) {
        if (hasRel(matcher.group(2), "next")) {
          return sameOriginOnly(resolve(first, matcher.group(1)), first);
        }
      }
    }
    return null;
  }

  private static URI resolve(URI first, String target) {
    try {
      return first.resolve(target.strip().replace("&amp;", "&"));
    } catch (IllegalArgumentException e) {
      throw new RosterUnavailableException("Roster rejected: next page link is not a URI");
    }
  }

  private static URI sameOriginOnly(URI next, URI first) {
    if (!sameOrigin(next, first)) {
      throw new RosterUnavailableException("Roster rejected: next page on another origin");
    }
    return next;
  }

  private static boolean hasRel(String rels, String wanted) {
    for (String rel : rels.trim().split("\\s+")) {
      if (rel.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return Objects.equals(a.getScheme(), b.getScheme())
        && Objects.equals(a.getHost(), b.getHost())
        && a.getPort() == b.getPort();
  }

  static URI withRlid(URI url, String rlid) {
    if (rlid == null) {
      return url;
    }
    String separator = url.getRawQuery() == null ? "?" : "&";
    return URI.create(url + separator + "rlid=" + URLEncoder.encode(rlid, StandardCharsets.UTF_8));
  }

  private record Key(String registrationId, String url, String rlid) {}

  /** The platform refused the token; caught in {@link #fetch} to retry once. */
  private static final class Unauthorized extends RuntimeException {
    Unauthorized() {
      super("HTTP 401", null, false, false);
    }
  }
}
