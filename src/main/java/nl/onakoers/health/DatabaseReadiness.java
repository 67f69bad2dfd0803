package nl.onakoers.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.onakoers.db.Database;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the migrated database answers; a load balancer sends no launches before that. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject Database database;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("database")
        .status(database.isReachable())
        .withData("kind", database.kind().name())
        .build();
  }
}
