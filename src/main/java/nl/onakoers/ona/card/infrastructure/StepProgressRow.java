package nl.onakoers.ona.card.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** A row of {@code step_progress}: one lesson step a participant marked done. */
@Entity
@Table(name = "step_progress")
@IdClass(StepProgressRow.Key.class)
public class StepProgressRow {

  @Id
  @Column(name = "registration_id")
  String registrationId;

  @Id
  @Column(name = "context_id")
  String contextId;

  @Id
  @Column(name = "user_id")
  String userId;

  @Id
  @Column(name = "module_id")
  String moduleId;

  @Id
  @Column(name = "step_id")
  String stepId;

  @Column(name = "done_at", nullable = false)
  OffsetDateTime doneAt;

  protected StepProgressRow() {}

  /** The composite primary key. */
  public record Key(
      String registrationId, String contextId, String userId, String moduleId, String stepId)
      implements Serializable {}
}
