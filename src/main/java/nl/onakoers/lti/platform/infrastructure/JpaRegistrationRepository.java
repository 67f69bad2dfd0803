package nl.onakoers.lti.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import nl.onakoers.db.Database;
import nl.onakoers.lti.platform.Deployment;
import nl.onakoers.lti.platform.DuplicateRegistrationException;
import nl.onakoers.lti.platform.Registration;
import nl.onakoers.lti.platform.RegistrationRepository;

/**
 * {@link RegistrationRepository} on the tool's database.
 *
 * <p>Uniqueness of {@code (issuer, client_id)} and of a deployment_id per registration is enforced
 * by the database, so it holds with several nodes; this class turns the resulting violations into
 * answers (an existing deployment, a {@link DuplicateRegistrationException}). Thread safe.
 */
@ApplicationScoped
public class JpaRegistrationRepository implements RegistrationRepository {

  private final Database database;

  protected JpaRegistrationRepository() {
    this(null);
  }

  @Inject
  public JpaRegistrationRepository(Database database) {
    this.database = database;
  }

  @Override
  public Optional<Registration> find(String id) {
    return database.inTransaction(
        em ->
            Optional.ofNullable(em.find(RegistrationRow.class, id)).map(RegistrationRow::toDomain));
  }

  @Override
  public List<Registration> findByIssuer(String issuer) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select r from RegistrationRow r where r.issuer = :issuer order by r.clientId",
                    RegistrationRow.class)
                .setParameter("issuer", issuer)
                .getResultStream()
                .map(RegistrationRow::toDomain)
                .toList());
  }

  @Override
  public Optional<Registration> findByIssuerAndClientId(String issuer, String clientId) {
    return database.inTransaction(em -> findByIssuerAndClientId(em, issuer, clientId));
  }

  private static Optional<Registration> findByIssuerAndClientId(
      EntityManager em, String issuer, String clientId) {
    return em.createQuery(
            "select r from RegistrationRow r where r.issuer = :issuer and r.clientId = :clientId",
            RegistrationRow.class)
        .setParameter("issuer", issuer)
        .setParameter("clientId", clientId)
        .getResultStream()
        .findFirst()
        .map(RegistrationRow::toDomain);
  }

  @Override
  public List<Registration> all() {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select r from RegistrationRow r order by r.displayName, r.issuer, r.clientId",
                    RegistrationRow.class)
                .getResultStream()
                .map(RegistrationRow::toDomain)
                .toList());
  }

  /**
   * {@inheritDoc}
   *
   * @throws DuplicateRegistrationException when another registration has the same issuer and
   *     client_id, also when it was saved by another node a moment ago
   */
  @Override
  public void save(Registration registration) {
    try {
      database.run(em -> insertOrUpdate(em, registration));
    } catch (PersistenceException e) {
      if (isTakenByAnother(registration)) {
        throw new DuplicateRegistrationException(registration.issuer(), registration.clientId(), e);
      }
      throw e;
    }
  }

  private static void insertOrUpdate(EntityManager em, Registration registration) {
    Optional<Registration> sameKey =
        findByIssuerAndClientId(em, registration.issuer(), registration.clientId());
    if (sameKey.isPresent() && !sameKey.get().id().equals(registration.id())) {
      throw new DuplicateRegistrationException(
          registration.issuer(), registration.clientId(), null);
    }

    RegistrationRow row = em.find(RegistrationRow.class, registration.id());
    if (row == null) {
      em.persist(RegistrationRow.of(registration));
    } else {
      row.copyFrom(registration);
    }
    em.flush();
  }

  private boolean isTakenByAnother(Registration registration) {
    return findByIssuerAndClientId(registration.issuer(), registration.clientId())
        .filter(existing -> !existing.id().equals(registration.id()))
        .isPresent();
  }

  @Override
  public boolean delete(String id) {
    return database.inTransaction(
        em -> {
          RegistrationRow row = em.find(RegistrationRow.class, id);
          if (row == null) {
            return false;
          }

          em.createQuery("delete from DeploymentRow d where d.registrationId = :id")
              .setParameter("id", id)
              .executeUpdate();
          em.remove(row);
          return true;
        });
  }

  @Override
  public Optional<Deployment> findDeployment(String registrationId, String deploymentId) {
    return database.inTransaction(
        em ->
            Optional.ofNullable(
                    em.find(
                        DeploymentRow.class, new DeploymentRow.Key(registrationId, deploymentId)))
                .map(DeploymentRow::toDomain));
  }

  @Override
  public List<Deployment> deployments(String registrationId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                    "select d from DeploymentRow d where d.registrationId = :id"
                        + " order by d.firstSeenAt, d.deploymentId",
                    DeploymentRow.class)
                .setParameter("id", registrationId)
                .getResultStream()
                .map(DeploymentRow::toDomain)
                .toList());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Inserts in a transaction of its own. When another node inserted the same deployment first,
   * the primary key refuses the insert and the row that node stored is read back and returned.
   */
  @Override
  public Deployment recordDeployment(Deployment deployment) {
    Optional<Deployment> existing =
        findDeployment(deployment.registrationId(), deployment.deploymentId());
    if (existing.isPresent()) {
      return existing.get();
    }

    try {
      database.run(em -> insert(em, deployment));
      return deployment;
    } catch (PersistenceException e) {
      return findDeployment(deployment.registrationId(), deployment.deploymentId())
          .orElseThrow(() -> e);
    }
  }

  private static void insert(EntityManager em, Deployment deployment) {
    em.persist(DeploymentRow.of(deployment));
    em.flush();
  }

  @Override
  public void saveDeployment(Deployment deployment) {
    database.run(
        em -> {
          DeploymentRow row =
              em.find(
                  DeploymentRow.class,
                  new DeploymentRow.Key(deployment.registrationId(), deployment.deploymentId()));
          if (row == null) {
            em.persist(DeploymentRow.of(deployment));
          } else {
            row.copyFrom(deployment);
          }
        });
  }

  @Override
  public boolean deleteDeployment(String registrationId, String deploymentId) {
    return database.inTransaction(
        em ->
            em.createQuery(
                        "delete from DeploymentRow d"
                            + " where d.registrationId = :registrationId"
                            + " and d.deploymentId = :deploymentId")
                    .setParameter("registrationId", registrationId)
                    .setParameter("deploymentId", deploymentId)
                    .executeUpdate()
                > 0);
  }
}
