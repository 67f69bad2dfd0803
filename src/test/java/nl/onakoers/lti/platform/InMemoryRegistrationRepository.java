package nl.onakoers.lti.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Registrations and deployments in maps, for tests. */
public final class InMemoryRegistrationRepository implements RegistrationRepository {

  private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
  private final Map<String, Deployment> deployments = new ConcurrentHashMap<>();

  @Override
  public Optional<Registration> find(String id) {
    return Optional.ofNullable(registrations.get(id));
  }

  @Override
  public List<Registration> findByIssuer(String issuer) {
    return registrations.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
  }

  @Override
  public Optional<Registration> findByIssuerAndClientId(String issuer, String clientId) {
    return findByIssuer(issuer).stream().filter(r -> r.clientId().equals(clientId)).findFirst();
  }

  @Override
  public List<Registration> all() {
    return new ArrayList<>(registrations.values());
  }

  @Override
  public void save(Registration registration) {
    registrations.put(registration.id(), registration);
  }

  @Override
  public boolean delete(String id) {
    deployments.values().removeIf(d -> d.registrationId().equals(id));
    return registrations.remove(id) != null;
  }

  @Override
  public Optional<Deployment> findDeployment(String registrationId, String deploymentId) {
    return Optional.ofNullable(deployments.get(key(registrationId, deploymentId)));
  }

  @Override
  public List<Deployment> deployments(String registrationId) {
    return deployments.values().stream()
        .filter(d -> d.registrationId().equals(registrationId))
        .toList();
  }

  @Override
  public Deployment recordDeployment(Deployment deployment) {
    return deployments.computeIfAbsent(
        key(deployment.registrationId(), deployment.deploymentId()), key -> deployment);
  }

  @Override
  public void saveDeployment(Deployment deployment) {
    deployments.put(key(deployment.registrationId(), deployment.deploymentId()), deployment);
  }

  @Override
  public boolean deleteDeployment(String registrationId, String deploymentId) {
    return deployments.remove(key(registrationId, deploymentId)) != null;
  }

  private static String key(String registrationId, String deploymentId) {
    return registrationId + "\u0000" + deploymentId;
  }
}
