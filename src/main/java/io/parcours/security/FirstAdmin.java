package io.parcours.security;

import io.parcours.common.Problem;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the first administrator from configuration when there is no user at all. */
@Singleton
class FirstAdmin {

  @Inject Users users;

  @ConfigProperty(name = "parcours.admin.email")
  Optional<String> email;

  @ConfigProperty(name = "parcours.admin.password")
  Optional<String> password;

  void create(@Observes StartupEvent start) {
    if (QuarkusTransaction.requiringNew().call(() -> User.count()) > 0) {
      return;
    }
    if (email.isEmpty() || password.isEmpty()) {
      Log.warn(
          "No user exists: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator");
      return;
    }
    try {
      users.create(new UserRequest(email.get(), "Administrator", Role.ADMIN, password.get()));
    } catch (Problem refused) {
      throw new IllegalStateException(
          "ADMIN_EMAIL or ADMIN_PASSWORD refused: " + refused.extensions(), refused);
    }
    Log.infof("Created the first administrator, %s", email.get());
  }
}
