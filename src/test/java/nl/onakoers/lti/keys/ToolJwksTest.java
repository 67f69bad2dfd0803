package nl.onakoers.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 3: the tool's JWKS as served at {@code /lti/jwks} and {@code /.well-known/jwks.json}: every
 * key names its kid, RS256 and signature use, and no key shows a private member.
 */
class ToolJwksTest {

  private static final List<String> PRIVATE_MEMBERS = List.of("d", "p", "q", "dp", "dq", "qi");

  private final ToolKeys toolKeys =
      new ToolKeys(
          new ListedKeys(), Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));

  @Test
  void everyPublishedKeyIsAnRsaSigningKeyForRs256WithItsKid() throws Exception {
    toolKeys.ensureSigningKey();
    toolKeys.rotate();

    List<Map<String, Object>> keys = servedKeys();

    assertThat(keys).hasSize(2);
    assertThat(keys)
        .allSatisfy(
            key -> {
              assertThat(key.get("kid")).isInstanceOf(String.class);
              assertThat((String) key.get("kid")).isNotBlank();
              assertThat(key).containsEntry("kty", "RSA");
              assertThat(key).containsEntry("alg", "RS256");
              assertThat(key).containsEntry("use", "sig");
              assertThat(key).containsKeys("n", "e");
            });
    assertThat(keys).extracting(key -> key.get("kid")).doesNotHaveDuplicates();
  }

  @Test
  void noPublishedKeyShowsAPrivateMember() throws Exception {
    toolKeys.ensureSigningKey();
    toolKeys.rotate();

    assertThat(servedKeys())
        .allSatisfy(
            key -> assertThat(key).doesNotContainKeys(PRIVATE_MEMBERS.toArray(String[]::new)));
  }

  @Test
  void retiredKeyLeavesTheJwks() throws Exception {
    toolKeys.ensureSigningKey();
    String old = toolKeys.signingKey().kid();
    toolKeys.rotate();

    toolKeys.retire(old);

    assertThat(servedKeys()).extracting(key -> key.get("kid")).doesNotContain(old).hasSize(1);
  }

  @Test
  void publicKeySetHoldsNoPrivateKeyBeforeItIsSerialized() {
    toolKeys.ensureSigningKey();
    toolKeys.rotate();

    // The served body drops private parts too; this guards the set itself.
    assertThat(toolKeys.publicJwks().getKeys()).hasSize(2).noneMatch(JWK::isPrivate);
  }

  /** The keys of the body that {@link JwksResource} answers with. */
  private List<Map<String, Object>> servedKeys() throws Exception {
    String body = (String) JwksResource.publicKeys(toolKeys).getEntity();
    return List.of(JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(body), "keys"));
  }

  /** Keys in a list, newest first, as the database keeps them. */
  private static final class ListedKeys implements ToolKeyRepository {
    private final List<ToolKey> keys = new ArrayList<>();

    @Override
    public List<ToolKey> published() {
      return keys.stream().filter(k -> !k.isRetired()).toList().reversed();
    }

    @Override
    public void add(ToolKey key) {
      keys.add(key);
    }

    @Override
    public boolean retire(String kid, Instant at) {
      for (int i = 0; i < keys.size(); i++) {
        ToolKey key = keys.get(i);
        if (key.kid().equals(kid) && !key.isRetired()) {
          keys.set(i, new ToolKey(key.keyPair(), key.createdAt(), at));
          return true;
        }
      }
      return false;
    }
  }
}
