package nl.onakoers.lti.platform.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DeploymentStatus;

/**
 * A row of {@code deployment}, keyed by registration and deployment_id. The database removes the
 * rows of a registration when the registration is deleted.
 */
@Entity
@Table(name = "deployment")
@IdClass(DeploymentRow.Key.class)
public class DeploymentRow {

  @Id
  @Column(name = "registration_id")
  private String registrationId;

  @Id
  @Column(name = "deployment_id")
  private String deploymentId;

  @Column(name = "status", nullable = false)
  private String status;

  @Column(name = "label", nullable = false)
  private String label;

  @Column(name = "first_seen_at", nullable = false)
  private OffsetDateTime firstSeenAt;

  protected DeploymentRow() {}

  static DeploymentRow of(Deployment deployment) {
    DeploymentRow row = new DeploymentRow();
    row.registrationId = deployment.registrationId();
    row.deploymentId = deployment.deploymentId();
    row.firstSeenAt = deployment.firstSeenAt().atOffset(ZoneOffset.UTC);
    row.copyFrom(deployment);
    return row;
  }

  /** Copies what an administrator may change: the status and the label. */
  void copyFrom(Deployment deployment) {
    status = deployment.status().name();
    label = deployment.label();
  }

  Deployment toDomain() {
    return new Deployment(
        registrationId,
        deploymentId,
        DeploymentStatus.valueOf(status),
        label,
        firstSeenAt.toInstant());
  }

  /** The composite primary key, as JPA needs it: a mutable class with equality by value. */
  public static class Key implements Serializable {

    private String registrationId;
    private String deploymentId;

    public Key() {}

    public Key(String registrationId, String deploymentId) {
      this.registrationId = registrationId;
      this.deploymentId = deploymentId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(registrationId, key.registrationId)
          && Objects.equals(deploymentId, key.deploymentId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(registrationId, deploymentId);
    }
  }
}
