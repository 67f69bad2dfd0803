package nl.onakoers.lti.ags;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeys;
import nl.onakoers.lti.platform.Registration;

/**
 * Access tokens for a platform's services by the OAuth 2 client-credentials grant with a signed
 * client assertion (RFC 7523, {@code private_key_jwt}).
 *
 * <ul>
 *   <li>The assertion is RS256 with the tool's current key ({@code kid} in the header): {@code iss}
 *       = {@code sub} = client_id, {@code aud} = {@link Registration#clientAssertionAudience()}, a
 *       random {@code jti}, and {@code exp} {@link #ASSERTION_LIFETIME} after {@code iat}.
 *   <li>The answer is parsed as JSON whatever its Content-Type says (Moodle labels it text/html).
 *   <li>The granted {@code scope} of the answer is kept; platforms may grant less than asked.
 *   <li>Tokens are cached per registration and requested scope set until {@link #EXPIRY_MARGIN}
 *       before they expire; {@link #invalidate} drops one after a 401.
 * </ul>
 *
 * <p>Thread safe. Tokens and assertions are never logged.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0">1EdTech Security Framework §4.1</a>,
 *     using JSON Web Tokens with the OAuth 2.0 client credentials grant
 */
@ApplicationScoped
public class AccessTokens {

  static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
  static final Duration EXPIRY_MARGIN = Duration.ofSeconds(60);
  static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final Logger LOG = Logger.getLogger(AccessTokens.class.getName());

  private final ToolKeys toolKeys;
  private final PlatformHttp http;
  private final Clock clock;
  private final Cache<TokenKey, AccessToken> cache;

  /** For the CDI proxy only. */
  protected AccessTokens() {
    this.toolKeys = null;
    this.http = null;
    this.clock = null;
    this.cache = null;
  }

  @Inject
  public AccessTokens(ToolKeys toolKeys, PlatformHttp http, Clock clock) {
    this.toolKeys = toolKeys;
    this.http = http;
    this.clock = clock;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .ticker(() -> clock.millis() * 1_000_000L)
            .expireAfter(new UntilShortlyBeforeExpiry(clock))
            .build();
  }

  /**
   * A valid token for the scopes, from the cache or newly requested.
   *
   * @throws AccessTokenException when the platform refuses
   * @throws PlatformUnreachableException when the token endpoint cannot be reached
   */
  public AccessToken token(Registration registration, Set<String> scopes) {
    TokenKey key = new TokenKey(registration.id(), new TreeSet<>(scopes));
    AccessToken cached = cache.getIfPresent(key);
    if (cached != null && isFresh(cached)) {
      return cached;
    }
    return cache
        .asMap()
        .compute(
            key, (k, old) -> old != null && isFresh(old) ? old : request(registration, scopes));
  }

  /** Forgets the cached token, e.g. after the platform answered 401 to it. */
  public void invalidate(Registration registration, Set<String> scopes) {
    cache.invalidate(new TokenKey(registration.id(), new TreeSet<>(scopes)));
  }

  private boolean isFresh(AccessToken token) {
    return clock.instant().isBefore(token.expiresAt().minus(EXPIRY_MARGIN));
  }

  private AccessToken request(Registration registration, Set<String> scopes) {
    Instant now = clock.instant();
    PlatformResponse response = http.send(tokenRequest(registration, scopes, now));

    AccessToken token = parse(registration, scopes, response, now);
    LOG.log(
        Level.INFO,
        "Access token for registration {0} granted scopes {1} until {2}",
        new Object[] {registration.id(), token.grantedScopes(), token.expiresAt()});
    return token;
  }

  private PlatformRequest tokenRequest(Registration registration, Set<String> scopes, Instant now) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_assertion_type", ASSERTION_TYPE);
    form.put("client_assertion", clientAssertion(registration, now));
    form.put("scope", String.join(" ", scopes));
    return new PlatformRequest(
        "POST",
        registration.tokenUrl(),
        Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "application/json"),
        formEncode(form));
  }

  String clientAssertion(Registration registration, Instant now) {
    ToolKey key = toolKeys.signingKey();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(key.kid()).build();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(registration.clientId())
            .subject(registration.clientId())
            .audience(registration.clientAssertionAudience())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .build();
    try {
      SignedJWT jwt = new SignedJWT(header, claims);
      jwt.sign(new RSASSASigner(key.keyPair()));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("Cannot sign a client assertion with key " + key.kid(), e);
    }
  }

  private static AccessToken parse(
      Registration registration, Set<String> asked, PlatformResponse response, Instant now) {
    Map<String, Object> body = jsonObject(response.body());
    Object error = body.get("error");
    Object value = body.get("access_token");
    if (!response.isSuccess() || error != null || !(value instanceof String token)) {
      String code = error instanceof String s && !s.isBlank() ? s : "invalid_response";
      LOG.log(
          Level.WARNING,
          "Access token refused for registration {0}: {1} (HTTP {2})",
          new Object[] {registration.id(), code, response.status()});
      throw new AccessTokenException(registration.id(), code, response.status());
    }

    return new AccessToken(token, granted(body.get("scope"), asked), expiry(body, now));
  }

  private static Set<String> granted(Object scope, Set<String> asked) {
    if (!(scope instanceof String s) || s.isBlank()) {
      // RFC 6749 §5.1: an absent scope means the requested scopes were granted.
      return asked;
    }
    return Arrays.stream(s.trim().split("\\s+")).collect(Collectors.toUnmodifiableSet());
  }

  private static Instant expiry(Map<String, Object> body, Instant now) {
    Object seconds = body.get("expires_in");
    long lifetime =
        seconds instanceof Number n
            ? n.longValue()
            : seconds instanceof String s && s.matches("\\d+")
                ? Long.parseLong(s)
                : DEFAULT_LIFETIME.toSeconds();
    return now.plusSeconds(lifetime);
  }

  private static Map<String, Object> jsonObject(String body) {
    try {
      return JSONObjectUtils.parse(body.strip());
    } catch (ParseException e) {
      return Map.of();
    }
  }

  static String formEncode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private record TokenKey(String registrationId, Set<String> scopes) {}

  /** Caffeine evicts a token {@link #EXPIRY_MARGIN} before the platform stops accepting it. */
  private record UntilShortlyBeforeExpiry(Clock clock) implements Expiry<TokenKey, AccessToken> {

    @Override
    public long expireAfterCreate(TokenKey key, AccessToken token, long currentTime) {
      Duration left = Duration.between(clock.instant(), token.expiresAt().minus(EXPIRY_MARGIN));
      return Math.max(0, left.toNanos());
    }

    @Override
    public long expireAfterUpdate(
        TokenKey key, AccessToken token, long currentTime, long currentDuration) {
      return expireAfterCreate(key, token, currentTime);
    }

    @Override
    public long expireAfterRead(
        TokenKey key, AccessToken token, long currentTime, long currentDuration) {
      return currentDuration;
    }
  }
}
