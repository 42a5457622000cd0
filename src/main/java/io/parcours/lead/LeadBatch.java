package io.parcours.lead;

import io.parcours.common.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Creates or merges many leads by email, each through {@link LeadService#upsert} (the path of a
 * single upsert, with its events, history and planning), all or nothing: the first item refused
 * refuses the batch, naming the item.
 */
@ApplicationScoped
public class LeadBatch {

  @Inject LeadService leads;

  @Transactional
  public LeadBatchResult upsert(LeadBatchRequest request) {
    refuseRepeatedEmails(request.items());
    List<LeadBatchResult.Item> results = new ArrayList<>(request.items().size());
    for (int i = 0; i < request.items().size(); i++) {
      LeadService.Upserted done;
      try {
        done = leads.upsert(request.items().get(i));
      } catch (Problem refused) {
        throw new Problem(
                refused.status(), refused.title(), "items[" + i + "]: " + refused.getMessage())
            .with("index", i);
      }
      Lead lead = done.lead();
      results.add(new LeadBatchResult.Item(i, lead.id, lead.email, done.created(), lead.version));
    }
    return new LeadBatchResult(results);
  }

  /** An email twice in one batch would merge into itself: the client meant something else. */
  private static void refuseRepeatedEmails(List<LeadRequest> items) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      Integer first = seen.putIfAbsent(items.get(i).email().toLowerCase(Locale.ROOT), i);
      if (first != null) {
        throw Problem.invalid(
            "items[" + i + "].email", "repeats the email of items[" + first + "]");
      }
    }
  }
}
