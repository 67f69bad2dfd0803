package nl.onakoers.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Export and erasure of one person's data, for a school that answers a request under the AVG
 * (GDPR). The LMS keeps its own copy of names and grades; erasing here does not reach it.
 *
 * <p>Log lines name the registration and what was removed, never the person's id: the log would
 * otherwise keep what the erasure removed.
 */
@ApplicationScoped
public class PersonalData {

  private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

  private final PersonalDataRepository repository;

  protected PersonalData() {
    this(null);
  }

  @Inject
  public PersonalData(PersonalDataRepository repository) {
    this.repository = repository;
  }

  public Optional<Map<String, Object>> export(Person person) {
    Optional<Map<String, Object>> export = repository.export(person);
    LOG.log(
        Level.INFO,
        "Personal data of one person of registration {0} exported: {1}",
        new Object[] {person.registrationId(), export.isPresent() ? "found" : "nothing stored"});
    return export;
  }

  public Erasure erase(Person person) {
    Erasure erased = repository.erase(person);
    LOG.log(
        Level.INFO,
        "Personal data of one person of registration {0} erased: {1}",
        new Object[] {person.registrationId(), erased});
    return erased;
  }
}
