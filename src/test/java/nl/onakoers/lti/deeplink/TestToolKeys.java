package nl.onakoers.lti.deeplink;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.keys.ToolKey;
import nl.onakoers.lti.keys.ToolKeyRepository;
import nl.onakoers.lti.keys.ToolKeys;

/** {@link ToolKeys} holding only the Moodle fixture's tool key ({@code fixture-tool-key-1}). */
public final class TestToolKeys {

  public static final String KID = "fixture-tool-key-1";

  private TestToolKeys() {}

  public static ToolKeys moodleFixtureKey(Clock clock) {
    InMemoryToolKeys repository = new InMemoryToolKeys();
    repository.add(new ToolKey(fixtureKey(), Instant.parse("2026-12-01T00:00:00Z"), null));
    return new ToolKeys(repository, clock);
  }

  private static RSAKey fixtureKey() {
    try {
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      RSAPublicKey publicKey =
          (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der("tool-public-key.pem")));
      RSAPrivateKey privateKey =
          (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der("tool-private-key.pem")));
      return new RSAKey.Builder(publicKey)
          .privateKey(privateKey)
          .keyID(KID)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException("The fixture tool key does not load", e);
    }
  }

  private static byte[] der(String file) {
    String base64 = MoodleFixtures.text(file).replaceAll("-----[A-Z ]+-----", "");
    return Base64.getMimeDecoder().decode(base64);
  }

  private static final class InMemoryToolKeys implements ToolKeyRepository {
    private final List<ToolKey> keys = new ArrayList<>();

    @Override
    public List<ToolKey> published() {
      return keys.stream().filter(k -> !k.isRetired()).toList();
    }

    @Override
    public void add(ToolKey key) {
      keys.add(0, key);
    }

    @Override
    public boolean retire(String kid, Instant at) {
      return false;
    }
  }
}
