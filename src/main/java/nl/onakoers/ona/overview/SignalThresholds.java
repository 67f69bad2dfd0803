package nl.onakoers.ona.overview;

import java.time.Duration;
import nl.onakoers.config.Setting;
import nl.onakoers.config.Settings;

/**
 * When an activation signal shows.
 *
 * @param idle no activity for at least this long
 * @param returnedLimit a card returned more often than this
 * @param waiting a submitted card waiting for the coach at least this long
 */
public record SignalThresholds(Duration idle, int returnedLimit, Duration waiting) {

  /** The defaults of the settings: 14 days idle, returned more than twice, 7 days waiting. */
  public static final SignalThresholds DEFAULTS =
      new SignalThresholds(Duration.ofDays(14), 2, Duration.ofDays(7));

  public static SignalThresholds from(Settings settings) {
    return new SignalThresholds(
        Duration.ofDays(settings.intValue(Setting.OVERVIEW_IDLE_DAYS)),
        settings.intValue(Setting.OVERVIEW_RETURNED_LIMIT),
        Duration.ofDays(settings.intValue(Setting.OVERVIEW_WAITING_DAYS)));
  }
}
