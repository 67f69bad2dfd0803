package nl.onakoers.lti.launch;

import java.time.Clock;
import nl.onakoers.lti.login.LoginState;
import nl.onakoers.lti.login.LoginStateRepository;

/** The steps on the {@code state} form field, in the order the validator runs them. */
final class StateChecks {

  private StateChecks() {}

  /** The state was issued by this tool's login initiation. Fails with STATE_UNKNOWN. */
  record Known(LoginStateRepository states) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      String state = launch.request().state();
      if (state == null || state.isBlank()) {
        throw new LaunchRejectedException(LaunchError.STATE_UNKNOWN, "no state posted");
      }

      LoginState loginState =
          states
              .find(state)
              .orElseThrow(
                  () ->
                      new LaunchRejectedException(
                          LaunchError.STATE_UNKNOWN, "state was not issued or was removed"));
      launch.loginState(loginState);
    }
  }

  /** The state is still within its lifetime. Fails with STATE_EXPIRED. */
  record NotExpired(Clock clock) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      LoginState state = launch.loginState();
      if (state.isExpiredAt(clock.instant())) {
        throw new LaunchRejectedException(
            LaunchError.STATE_EXPIRED, "state expired at " + state.expiresAt());
      }
    }
  }

  /** No launch has spent the state yet. Fails with STATE_USED. */
  record NotUsed() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      LoginState state = launch.loginState();
      if (state.isUsed()) {
        throw new LaunchRejectedException(
            LaunchError.STATE_USED, "state was already used at " + state.usedAt());
      }
    }
  }

  /**
   * The browser that posts the launch is the one that started the login: its state cookie, or the
   * state it read back from platform storage, equals the posted state. Fails with STATE_NOT_BOUND.
   */
  record BoundToBrowser() implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      LaunchRequest request = launch.request();
      boolean cookie = Secrets.same(request.state(), request.cookieState());
      // A storage proof only counts for a login that went through platform storage.
      boolean storage =
          launch.loginState().usesPlatformStorage()
              && Secrets.same(request.state(), request.storageProof());
      if (!cookie && !storage) {
        throw new LaunchRejectedException(
            LaunchError.STATE_NOT_BOUND,
            "neither cookie nor platform storage proves this browser started the login");
      }
    }
  }

  /**
   * Spends the state atomically, so a second post of the same launch fails even on another node.
   * Fails with STATE_USED.
   */
  record Spend(LoginStateRepository states, Clock clock) implements LaunchCheck {
    @Override
    public void check(LaunchContext launch) {
      if (!states.markUsed(launch.loginState().state(), clock.instant())) {
        throw new LaunchRejectedException(
            LaunchError.STATE_USED, "state was spent by a concurrent launch");
      }
    }
  }
}
