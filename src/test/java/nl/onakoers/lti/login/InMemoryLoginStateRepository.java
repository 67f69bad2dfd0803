package nl.onakoers.lti.login;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Login states in a map, with the same single-spend promise as the database one. */
public final class InMemoryLoginStateRepository implements LoginStateRepository {

  private final Map<String, LoginState> states = new ConcurrentHashMap<>();

  @Override
  public void add(LoginState state) {
    states.put(state.state(), state);
  }

  @Override
  public Optional<LoginState> find(String state) {
    return Optional.ofNullable(states.get(state));
  }

  @Override
  public boolean markUsed(String state, Instant at) {
    AtomicBoolean spent = new AtomicBoolean();
    states.computeIfPresent(
        state,
        (key, current) -> {
          if (current.isUsed()) {
            return current;
          }
          spent.set(true);
          return withUsedAt(current, at);
        });
    return spent.get();
  }

  @Override
  public int deleteExpiredBefore(Instant instant) {
    int before = states.size();
    states.values().removeIf(state -> state.expiresAt().isBefore(instant));
    return before - states.size();
  }

  private static LoginState withUsedAt(LoginState s, Instant at) {
    return new LoginState(
        s.state(),
        s.nonce(),
        s.registrationId(),
        s.targetLinkUri(),
        s.redirectUri(),
        s.storageTarget(),
        s.loginHint(),
        s.messageHint(),
        s.deploymentHint(),
        s.createdAt(),
        s.expiresAt(),
        at);
  }
}
