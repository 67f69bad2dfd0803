package nl.onakoers.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.onakoers.lti.platform.InMemoryRegistrationRepository;
import nl.onakoers.lti.platform.RegisteredFrameAncestors;
import nl.onakoers.privacy.Erasure;
import nl.onakoers.privacy.Person;
import nl.onakoers.privacy.PersonalData;
import nl.onakoers.privacy.PersonalDataRepository;
import org.junit.jupiter.api.Test;

class PeopleResourceTest {

  private static final String GONE = "registration-deleted-since";

  private final InMemoryRegistrationRepository registrations = new InMemoryRegistrationRepository();
  private final Map<Person, Map<String, Object>> stored = new HashMap<>();
  private final PeopleResource people = new PeopleResource();

  PeopleResourceTest() {
    people.registrations =
        new RegistrationAdmin(
            registrations,
            new RegisteredFrameAncestors(registrations),
            Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC));
    people.personalData =
        new PersonalData(
            new PersonalDataRepository() {
              @Override
              public Optional<Map<String, Object>> export(Person person) {
                return Optional.ofNullable(stored.get(person));
              }

              @Override
              public Erasure erase(Person person) {
                return stored.remove(person) == null
                    ? new Erasure(0, 0, 0, 0, 0, 0, 0, 0)
                    : new Erasure(1, 0, 0, 0, 0, 0, 0, 0);
              }
            });
  }

  @Test
  void dataLeftByADeletedRegistrationCanStillBeExportedAndErased() {
    stored.put(new Person(GONE, "42"), Map.of("userId", "42"));

    assertThat(people.export(query("registration", GONE, "user", "42")))
        .contains("\"userId\":\"42\"");
    assertThat(people.erase(query("registration", GONE, "user", "42"))).contains("\"cards\":1");
    assertThat(stored).isEmpty();
  }

  @Test
  void anUnknownRegistrationWithoutDataIsStillNamedAsUnknown() {
    assertThatThrownBy(
            () -> people.export(query("registration", "no-such-registration", "user", "42")))
        .isInstanceOfSatisfying(
            AdminProblem.class, p -> assertThat(p.error()).isEqualTo("registration_not_found"));
  }

  @Test
  void aRepeatedParameterIsRefusedRatherThanTheFirstOneUsed() {
    stored.put(new Person(GONE, "42"), Map.of("userId", "42"));

    for (String name : new String[] {"user", "registration"}) {
      UriInfo twice =
          name.equals("user")
              ? query("registration", GONE, "user", "42", "user", "43")
              : query("registration", GONE, "registration", "other", "user", "42");
      for (Runnable call : new Runnable[] {() -> people.export(twice), () -> people.erase(twice)}) {
        assertThatThrownBy(call::run)
            .as(name)
            .isInstanceOfSatisfying(
                AdminProblem.class,
                p -> {
                  assertThat(p.status()).isEqualTo(400);
                  assertThat(p.fields()).containsExactly(new FieldProblem(name, "repeated"));
                });
      }
    }
    assertThat(stored).containsKey(new Person(GONE, "42"));
  }

  /** A request's query string: names and values in turn. */
  private static UriInfo query(String... namesAndValues) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getQueryParameters")) {
                return parameters;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }
}
