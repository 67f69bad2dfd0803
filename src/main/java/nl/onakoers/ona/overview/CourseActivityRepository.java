package nl.onakoers.ona.overview;

import java.time.Instant;

/** Reads one course's activity; every query is scoped to registration and context. */
public interface CourseActivityRepository {

  /**
   * @param registrationId the coach's registration, not null
   * @param contextId the coach's course, not null
   * @param now sessions that expired before this are not counted as launched
   */
  CourseActivity activity(String registrationId, String contextId, Instant now);
}
