package nl.onakoers.lti.ags;

import com.nimbusds.jose.jwk.RSAKey;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeyRepository;
import nl.onakoers.lti.keys.ToolKeys;

/** {@link ToolKeys} holding the fixture's key pair ({@code tool-private-key.pem}). */
final class FixtureToolKeys {

  static final String KID = "fixture-tool-key-1";

  private FixtureToolKeys() {}

  static RSAKey keyPair() {
    try {
      String base64 =
          MoodleFixtures.text("tool-private-key.pem")
              .replaceAll("-----[A-Z ]+-----", "")
              .replaceAll("\\s", "");
      var factory = KeyFactory.getInstance("RSA");
      var privateKey =
          (RSAPrivateCrtKey)
              factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
      var publicKey =
          (RSAPublicKey)
              factory.generatePublic(
                  new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
      return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(KID).build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("tool-private-key.pem is not an RSA key", e);
    }
  }

  static ToolKeys toolKeys() {
    List<ToolKey> keys = new ArrayList<>();
    keys.add(new ToolKey(keyPair(), Instant.parse("2026-12-01T00:00:00Z"), null));
    ToolKeyRepository repository =
        new ToolKeyRepository() {
          @Override
          public List<ToolKey> published() {
            return List.copyOf(keys);
          }

          @Override
          public void add(ToolKey key) {
            keys.add(0, key);
          }

          @Override
          public boolean retire(String kid, Instant at) {
            return false;
          }
        };
    return new ToolKeys(repository, Clock.systemUTC());
  }
}
