package io.parcours.common;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * What the current request carries across features: its correlation id, who acts, and which leads
 * that caller may see.
 */
@RequestScoped
public class RequestContext {

  /** Identity attributes set when credentials are checked. */
  public static final String ACTOR = "parcours.actor";

  public static final String OWNER_SCOPE = "parcours.owner-scope";
  public static final String REASSIGNS = "parcours.reassigns";

  @Inject CurrentIdentityAssociation identities;

  private String correlationId = UUID.randomUUID().toString();
  private Actor actor;

  public String correlationId() {
    return correlationId;
  }

  void correlationId(String id) {
    this.correlationId = id;
  }

  public Actor actor() {
    if (actor == null) {
      Actor given = identity().getAttribute(ACTOR);
      actor = given == null ? Actor.system("anonymous") : given;
    }
    return actor;
  }

  /** Acts as someone else for the rest of the request: a rule, an import. */
  public void actor(Actor actor) {
    this.actor = actor;
  }

  /** The user whose leads alone this caller may see, if restricted to them. */
  public Optional<UUID> ownerScope() {
    return Optional.ofNullable(identity().getAttribute(OWNER_SCOPE));
  }

  /** Whether the caller may see a lead of this owner: his own and the unassigned ones. */
  public boolean mayAccess(UUID ownerId) {
    return LeadAccess.allows(ownerScope(), ownerId);
  }

  /** Whether the caller may give any lead to any owner. */
  public boolean reassigns() {
    return Boolean.TRUE.equals(identity().getAttribute(REASSIGNS));
  }

  private SecurityIdentity identity() {
    return identities.getIdentity();
  }
}
