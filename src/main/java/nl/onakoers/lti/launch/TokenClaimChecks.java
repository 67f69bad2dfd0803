package nl.onakoers.lti.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.web.Printable;

/** The steps on the OpenID Connect claims of the verified id_token. */
final class TokenClaimChecks {

  /** Clock difference tolerated between platform and tool, for exp, iat and nbf. */
  static final Duration CLOCK_SKEW_LEEWAY = Duration.ofSeconds(60);

  private TokenClaimChecks() {}

  /** {@code iss} is exactly the registration's issuer. Fails with ISSUER_MISMATCH. */
  record IssuerMatches() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String issuer = launch.claims().getIssuer();
      Registration registration = launch.registration();
      if (!registration.issuer().equals(issuer)) {
        throw new LaunchRejectedException(
            LaunchError.ISSUER_MISMATCH,
            "iss " + Printable.of(issuer) + " is not " + registration.issuer());
      }
    }
  }

  /**
   * {@code aud} (a string or an array) holds the client_id. With several audiences {@code azp} is
   * required; when present it must be the client_id. Fails with AUDIENCE_MISMATCH or AZP_INVALID.
   */
  record AudienceContainsClient() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String clientId = launch.registration().clientId();
      List<String> audience = launch.claims().getAudience();
      if (!audience.contains(clientId)) {
        throw new LaunchRejectedException(
            LaunchError.AUDIENCE_MISMATCH,
            "aud " + Printable.of(audience) + " does not hold client_id " + clientId);
      }

      String azp = launch.claimValues().string(LtiClaims.AUTHORIZED_PARTY);
      if (audience.size() > 1 && azp == null) {
        throw new LaunchRejectedException(
            LaunchError.AZP_INVALID, "aud has several values but azp is missing");
      }
      if (launch.claimValues().has(LtiClaims.AUTHORIZED_PARTY) && !clientId.equals(azp)) {
        throw new LaunchRejectedException(
            LaunchError.AZP_INVALID, "azp " + Printable.of(azp) + " is not " + clientId);
      }
    }
  }

  /** {@code exp} is present and not passed, allowing the leeway. Fails with TOKEN_EXPIRED. */
  record NotExpired(Clock clock) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      Instant expiry = required(launch.claims().getExpirationTime(), "exp");
      if (clock.instant().isAfter(expiry.plus(CLOCK_SKEW_LEEWAY))) {
        throw new LaunchRejectedException(LaunchError.TOKEN_EXPIRED, "token expired at " + expiry);
      }
    }
  }

  /** {@code iat} is present and not in the future, allowing the leeway. */
  record NotIssuedInFuture(Clock clock) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      Instant issuedAt = required(launch.claims().getIssueTime(), "iat");
      if (issuedAt.isAfter(clock.instant().plus(CLOCK_SKEW_LEEWAY))) {
        throw new LaunchRejectedException(
            LaunchError.TOKEN_ISSUED_IN_FUTURE, "token issued at " + issuedAt);
      }
    }
  }

  /** {@code nbf}, when sent, is not in the future, allowing the leeway. */
  record AlreadyValid(Clock clock) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      Date notBefore = launch.claims().getNotBeforeTime();
      if (notBefore != null
          && notBefore.toInstant().isAfter(clock.instant().plus(CLOCK_SKEW_LEEWAY))) {
        throw new LaunchRejectedException(
            LaunchError.TOKEN_NOT_YET_VALID, "token valid from " + notBefore.toInstant());
      }
    }
  }

  /** {@code nonce} is the one sent in the authentication request. Fails with NONCE_MISMATCH. */
  record NonceMatches() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String nonce = launch.claimValues().string(LtiClaims.NONCE);
      if (!Secrets.same(launch.loginState().nonce(), nonce)) {
        throw new LaunchRejectedException(
            LaunchError.NONCE_MISMATCH,
            nonce == null ? "nonce is missing" : "nonce differs from the login's");
      }
    }
  }

  private static Instant required(Date value, String claim) {
    if (value == null) {
      throw new LaunchRejectedException(LaunchError.CLAIM_MISSING, claim + " is missing");
    }
    return value.toInstant();
  }
}
