package io.parcours.email;

import io.parcours.consent.LeadUnsubscribed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Remembers the email events fired, for tests to check. */
@Singleton
public class EmailEvents {

  final Set<UUID> sent = ConcurrentHashMap.newKeySet();
  final Set<UUID> failed = ConcurrentHashMap.newKeySet();
  final Set<UUID> unsubscribed = ConcurrentHashMap.newKeySet();

  void on(@Observes EmailsSent e) {
    sent.addAll(e.ids());
  }

  void on(@Observes EmailFailed e) {
    failed.add(e.email().id);
  }

  void on(@Observes LeadUnsubscribed e) {
    unsubscribed.add(e.lead().id);
  }
}
