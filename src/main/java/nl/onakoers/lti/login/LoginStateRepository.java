package nl.onakoers.lti.login;

import java.time.Instant;
import java.util.Optional;

/** Server-side store of login states, shared by every node through the database. */
public interface LoginStateRepository {

  void add(LoginState state);

  Optional<LoginState> find(String state);

  /**
   * Spends the state: succeeds for exactly one caller, even when two nodes race.
   *
   * @return true when this call spent it; false when it was already used or is unknown
   */
  boolean markUsed(String state, Instant at);

  /** Removes states that expired before the given instant; returns how many. */
  int deleteExpiredBefore(Instant instant);
}
