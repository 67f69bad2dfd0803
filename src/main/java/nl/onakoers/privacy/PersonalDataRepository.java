package nl.onakoers.privacy;

import java.util.Map;
import java.util.Optional;

/** Reads and removes everything stored about one person, across the tool's tables. */
public interface PersonalDataRepository {

  /** Everything stored about the person as one JSON document; empty when nothing is stored. */
  Optional<Map<String, Object>> export(Person person);

  /** Removes everything stored about the person in one transaction. */
  Erasure erase(Person person);
}
