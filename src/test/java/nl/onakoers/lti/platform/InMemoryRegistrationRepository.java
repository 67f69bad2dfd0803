package nl.onakoers.lti.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link RegistrationRepository} in maps, for tests of the classes that use one. */
public class InMemoryRegistrationRepository implements RegistrationRepository {

  private final Map<String, Registration> registrations = new LinkedHashMap<>();
  private final Map<List<String>, Deployment> deployments = new LinkedHashMap<>();
  private int reads;

  /** How often {@link #all()} was called. */
  public int reads() {
    return reads;
  }

  @Override
  public synchronized Optional<Registration> find(String id) {
    return Optional.ofNullable(registrations.get(id));
  }

  @Override
  public synchronized List<Registration> findByIssuer(String issuer) {
    return registrations.values().stream().filter(r -> r.issuer().equals(issuer)).toList();
  }

  @Override
  public synchronized Optional<Registration> findByIssuerAndClientId(
      String issuer, String clientId) {
    return findByIssuer(issuer).stream().filter(r -> r.clientId().equals(clientId)).findFirst();
  }

  @Override
  public synchronized List<Registration> all() {
    reads++;
    return new ArrayList<>(registrations.values());
  }

  @Override
  public synchronized void save(Registration registration) {
    findByIssuerAndClientId(registration.issuer(), registration.clientId())
        .filter(existing -> !existing.id().equals(registration.id()))
        .ifPresent(
            existing -> {
              throw new DuplicateRegistrationException(
                  registration.issuer(), registration.clientId(), null);
            });
    registrations.put(registration.id(), registration);
  }

  @Override
  public synchronized boolean delete(String id) {
    deployments.keySet().removeIf(key -> key.get(0).equals(id));
    return registrations.remove(id) != null;
  }

  @Override
  public synchronized Optional<Deployment> findDeployment(
      String registrationId, String deploymentId) {
    return Optional.ofNullable(deployments.get(List.of(registrationId, deploymentId)));
  }

  @Override
  public synchronized List<Deployment> deployments(String registrationId) {
    return deployments.values().stream()
        .filter(d -> d.registrationId().equals(registrationId))
        .toList();
  }

  @Override
  public synchronized Deployment recordDeployment(Deployment deployment) {
    return deployments.computeIfAbsent(
        List.of(deployment.registrationId(), deployment.deploymentId()), key -> deployment);
  }

  @Override
  public synchronized void saveDeployment(Deployment deployment) {
    deployments.put(List.of(deployment.registrationId(), deployment.deploymentId()), deployment);
  }

  @Override
  public synchronized boolean deleteDeployment(String registrationId, String deploymentId) {
    return deployments.remove(List.of(registrationId, deploymentId)) != null;
  }
}
