package io.parcours.email;

import io.parcours.email.template.EmailTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The email templates the dispatcher sends, read once per version: a batch names the versions it
 * found, and a template is read again only when its version changed. The instances kept are read
 * only (never changed, never saved).
 */
@ApplicationScoped
class Templates {

  /** Templates kept at most; past this the cache starts afresh. */
  static final int KEPT = 500;

  private final Map<UUID, EmailTemplate> kept = new ConcurrentHashMap<>();

  /** The template at this version, read in the caller's transaction if not kept. */
  EmailTemplate at(UUID id, long version) {
    EmailTemplate t = kept.get(id);
    if (t != null && t.version == version) {
      return t;
    }
    t = EmailTemplate.findById(id);
    if (t == null) {
      throw new IllegalStateException("the email's template no longer exists");
    }
    EmailTemplate.getEntityManager().detach(t);
    if (kept.size() >= KEPT) {
      kept.clear();
    }
    kept.put(id, t);
    return t;
  }
}
