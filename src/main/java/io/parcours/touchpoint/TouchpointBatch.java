package io.parcours.touchpoint;

import io.parcours.common.RequestContext;
import io.parcours.lead.Lead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records a batch in one transaction: every item is checked on its own and rejected alone, the
 * leads are locked in id order (two batches never deadlock), the rows are inserted in one round
 * trip, then scoring and rules follow item by item, in the order sent. Duplicates change nothing.
 */
@ApplicationScoped
class TouchpointBatch {

  @Inject TouchpointService touchpoints;
  @Inject RequestContext request;
  @Inject TouchpointStore store;

  @Transactional
  BatchResult record(List<TouchpointRequest> requests) {
    List<FieldError>[] errors = errorLists(requests.size());
    List<TouchpointInput> inputs = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      TouchpointRequest r = requests.get(i);
      if (r == null) {
        errors[i].add(new FieldError("", "must be a touchpoint object"));
        inputs.add(null);
        continue;
      }
      inputs.add(touchpoints.parse(r, errors[i]));
      if ((r.leadId() == null) == (r.email() == null)) {
        errors[i].add(new FieldError("leadId", "give the lead's id or its email, one of them"));
      }
    }
    UUID[] leadIds = resolveLeads(requests, errors);
    Map<UUID, Lead> leads = lock(leadIds);
    List<Touchpoint> built = new ArrayList<>();
    List<String> json = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      Lead lead = leadIds[i] == null ? null : leads.get(leadIds[i]);
      if (errors[i].isEmpty() && lead == null) { // deleted while the batch ran
        errors[i].add(new FieldError("leadId", "no lead has this leadId"));
      }
      built.add(errors[i].isEmpty() ? touchpoints.build(lead, inputs.get(i)) : null);
      if (errors[i].isEmpty()) json.add(inputs.get(i).propertiesJson());
    }
    boolean[] stored = store.insertAll(built.stream().filter(t -> t != null).toList(), json);
    List<Touchpoint> restaged = new ArrayList<>();
    List<BatchResult.Item> results = new ArrayList<>();
    for (int i = 0, row = 0; i < requests.size(); i++) {
      Touchpoint t = built.get(i);
      if (t == null) {
        results.add(new BatchResult.Item(i, BatchResult.Status.REJECTED, null, null, errors[i]));
      } else if (!stored[row++]) {
        UUID existing = Touchpoint.findByExternalId(t.leadId, t.source, t.externalId).id;
        results.add(
            new BatchResult.Item(i, BatchResult.Status.DUPLICATE, existing, t.leadId, null));
      } else {
        Lead lead = leads.get(t.leadId);
        // All rows went in at once; a rule fired by an earlier item may have moved the lead since.
        if (t.leadStage != lead.stage) {
          t.leadStage = lead.stage;
          restaged.add(t);
        }
        touchpoints.react(lead, t);
        results.add(new BatchResult.Item(i, BatchResult.Status.ACCEPTED, t.id, t.leadId, null));
      }
    }
    store.restage(restaged);
    return BatchResult.of(results);
  }

  /** Each item's lead id, found with one query for all ids and one for all emails. */
  /** Leads the caller may not see are as unknown as leads that do not exist. */
  private UUID[] resolveLeads(List<TouchpointRequest> requests, List<FieldError>[] errors) {
    List<UUID> ids = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (TouchpointRequest r : requests) {
      if (r != null && r.leadId() != null) ids.add(r.leadId());
      if (r != null && r.email() != null) emails.add(r.email().strip().toLowerCase(Locale.ROOT));
    }
    Map<Object, UUID> known = new HashMap<>();
    if (!ids.isEmpty()) {
      Lead.getEntityManager()
          .createQuery("select id, ownerId from Lead where id in ?1", Object[].class)
          .setParameter(1, ids)
          .getResultList()
          .stream()
          .filter(row -> request.mayAccess((UUID) row[1]))
          .forEach(row -> known.put(row[0], (UUID) row[0]));
    }
    if (!emails.isEmpty()) {
      Lead.getEntityManager()
          .createQuery(
              "select lower(email), id, ownerId from Lead where lower(email) in ?1", Object[].class)
          .setParameter(1, emails)
          .getResultList()
          .stream()
          .filter(row -> request.mayAccess((UUID) row[2]))
          .forEach(row -> known.put(row[0], (UUID) row[1]));
    }
    UUID[] resolved = new UUID[requests.size()];
    for (int i = 0; i < requests.size(); i++) {
      TouchpointRequest r = requests.get(i);
      if (r == null || !errors[i].isEmpty()) {
        continue;
      }
      Object key = r.leadId() != null ? r.leadId() : r.email().strip().toLowerCase(Locale.ROOT);
      resolved[i] = known.get(key);
      if (resolved[i] == null) {
        String field = r.leadId() != null ? "leadId" : "email";
        errors[i].add(new FieldError(field, "no lead has this " + field));
      }
    }
    return resolved;
  }

  private static Map<UUID, Lead> lock(UUID[] leadIds) {
    TreeSet<UUID> ids = new TreeSet<>();
    for (UUID id : leadIds) {
      if (id != null) ids.add(id);
    }
    Map<UUID, Lead> leads = new HashMap<>();
    if (!ids.isEmpty()) {
      Lead.<Lead>find("id in ?1 order by id", new ArrayList<>(ids))
          .withLock(LockModeType.PESSIMISTIC_WRITE)
          .list()
          .forEach(l -> leads.put(l.id, l));
    }
    return leads;
  }

  @SuppressWarnings("unchecked")
  private static List<FieldError>[] errorLists(int size) {
    List<FieldError>[] lists = new List[size];
    for (int i = 0; i < size; i++) {
      lists[i] = new ArrayList<>();
    }
    return lists;
  }
}
