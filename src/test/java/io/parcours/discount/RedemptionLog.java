package io.parcours.discount;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the DiscountRedeemed events, so that tests can count them. */
@ApplicationScoped
public class RedemptionLog {

  private final List<UUID> codeIds = new CopyOnWriteArrayList<>();

  void on(@Observes DiscountRedeemed e) {
    codeIds.add(e.code().id);
  }

  long count(UUID codeId) {
    return codeIds.stream().filter(codeId::equals).count();
  }
}
