package io.parcours.common;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/** What the current request carries across features: its correlation id and its actor. */
@RequestScoped
public class RequestContext {

  private String correlationId = UUID.randomUUID().toString();
  private Actor actor = Actor.system("api");

  public String correlationId() {
    return correlationId;
  }

  void correlationId(String id) {
    this.correlationId = id;
  }

  public Actor actor() {
    return actor;
  }

  public void actor(Actor actor) {
    this.actor = actor;
  }
}
