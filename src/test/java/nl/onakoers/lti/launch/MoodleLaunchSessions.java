package nl.onakoers.lti.launch;

import nl.onakoers.lti.MoodleFixtures;
import nl.onakoers.lti.session.LaunchSession;
import nl.onakoers.lti.session.LaunchSessions;

/**
 * The session a captured Moodle launch opens: the id_token replayed through the real validator at
 * its capture time, then turned into a session the way the launch endpoint does it.
 */
public final class MoodleLaunchSessions {

  private MoodleLaunchSessions() {}

  /**
   * @param who one of {@link MoodleFixtures#LAUNCHES}, e.g. {@code teacher1}
   */
  public static LaunchSession replayed(String who) {
    ValidatedLaunch launch = TestTool.forMoodle(who).replay(who, MoodleFixtures.idToken(who));
    var capturedAt = MoodleFixtures.capturedAt(who);
    return new SessionFromLaunch(launch)
        .create(who + "-session", capturedAt, capturedAt.plus(LaunchSessions.LIFETIME));
  }
}
