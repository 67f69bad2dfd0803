package nl.onakoers.lti.platform;

import java.util.List;
import java.util.Optional;

/** Storage of registrations and their deployments. */
public interface RegistrationRepository {

  Optional<Registration> find(String id);

  /** All registrations of an issuer; more than one when several schools share it (Canvas). */
  List<Registration> findByIssuer(String issuer);

  Optional<Registration> findByIssuerAndClientId(String issuer, String clientId);

  List<Registration> all();

  /** Inserts or updates; fails when another registration has the same issuer and client_id. */
  void save(Registration registration);

  /** Removes the registration and its deployments; false when there was none. */
  boolean delete(String id);

  Optional<Deployment> findDeployment(String registrationId, String deploymentId);

  List<Deployment> deployments(String registrationId);

  /**
   * Records a deployment unless one with the same id exists; returns the stored one. Safe when two
   * nodes record the same deployment at once.
   */
  Deployment recordDeployment(Deployment deployment);

  /** Inserts or updates a deployment (status, label). */
  void saveDeployment(Deployment deployment);

  boolean deleteDeployment(String registrationId, String deploymentId);
}
