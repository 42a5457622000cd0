package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Backoff;
import io.parcours.content.ContentAssignments;
import io.parcours.email.template.TemplateRefusal;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sends due emails, a batch at a time. One transaction claims a batch (SENDING, with FOR UPDATE
 * SKIP LOCKED so that any number of dispatchers share the work and never take the same row), makes
 * the last checks for all of it, renders what may go at once and hands it over to SMTP; after its
 * commit the messages go out back to back over the mailer's kept-alive connections. Each outcome is
 * recorded as its send settles: SENT rows in groups written beside the sends (one statement for the
 * outcomes that settled while the previous group was written, up to {@link #GROUP}; all written
 * before the next claim), a failure in a transaction of its own, so that one failed send never
 * fails the batch. Emails that must first be given content or a discount code are prepared one by
 * one (see {@link Preparation}).
 *
 * <p>A row left SENDING by a crash after its hand-over is never resent by itself: it becomes
 * UNKNOWN after its lease. Since a batch is handed over at once, a crash can leave up to one batch
 * per sender (parcours.email.batch-size rows, times parcours.email.senders per instance) UNKNOWN,
 * those sent and not yet recorded among them. While the relay cannot be reached, nothing is
 * claimed, and what a batch had not yet sent is given back untouched.
 */
@ApplicationScoped
public class Dispatcher {

  /** SENT outcomes written in one statement at most. */
  static final int GROUP = 100;

  @Inject EmailSettings settings;
  @Inject AppClock clock;
  @Inject Outbox outbox;
  @Inject Relay relay;
  @Inject BatchPreparation batches;
  @Inject Preparation preparation;
  @Inject Mailer mailer;
  @Inject ContentAssignments assignments;
  @Inject Event<EmailsSent> sentEvents;
  @Inject Event<EmailFailed> failedEvents;

  /** Writes the groups of SENT outcomes, one thread per sender writing at a time. */
  private final ExecutorService writer =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "email-outcomes");
            t.setDaemon(true);
            return t;
          });

  @PreDestroy
  void stop() {
    writer.shutdown();
  }

  /**
   * Sends every email due now, batch after batch, until none is due or the relay is paused; answers
   * how many emails it took (claimed and not given back).
   */
  public int dispatch() {
    markAbandoned();
    Outcomes outcomes = new Outcomes();
    int taken = 0;
    try {
      while (!relay.paused()) {
        Instant claimedAt = clock.now();
        BatchPreparation.Batch batch =
            QuarkusTransaction.requiringNew().call(() -> batches.next(claimedAt));
        if (batch.claimed() == 0) {
          break;
        }
        batch.refused().forEach(this::refused);
        taken += batch.claimed() - send(batch, outcomes);
        outcomes.write();
      }
    } finally {
      outcomes.write();
    }
    return taken;
  }

  /**
   * Rows SENDING for longer than the lease: those handed to SMTP may have gone out, so they become
   * UNKNOWN and are not resent; those never handed over were certainly not sent and are queued
   * again.
   */
  public int markAbandoned() {
    Instant expired = clock.now().minus(settings.lease());
    int requeued = QuarkusTransaction.requiringNew().call(() -> outbox.releaseUnsent(expired));
    String error =
        "Found SENDING after its lease of "
            + settings.lease()
            + ": it may have been sent; requeue it only after checking";
    int abandoned = QuarkusTransaction.requiringNew().call(() -> outbox.abandon(expired, error));
    if (requeued > 0) {
      Log.warnf("%d claimed email(s) never handed to SMTP are queued again", requeued);
    }
    if (abandoned > 0) {
      Log.warnf("%d email(s) found SENDING after their lease are now UNKNOWN", abandoned);
    }
    return abandoned;
  }

  /**
   * Sends the batch's messages handed over, then prepares and sends the others one by one; answers
   * how many claims were given back because the relay is down.
   */
  private int send(BatchPreparation.Batch batch, Outcomes outcomes) {
    Map<UUID, BatchPreparation.Handed> handed = new HashMap<>();
    List<UUID> order = new ArrayList<>();
    for (BatchPreparation.Handed h : batch.handed()) {
      handed.put(h.id(), h);
      order.add(h.id());
    }
    order.addAll(batch.oneByOne());
    int released = 0;
    for (int i = 0; i < order.size(); i++) {
      if (relay.paused()) {
        List<UUID> rest = order.subList(i, order.size());
        QuarkusTransaction.requiringNew().run(() -> outbox.release(rest));
        return released + rest.size();
      }
      UUID id = order.get(i);
      BatchPreparation.Handed h = handed.get(id);
      boolean kept =
          h == null
              ? deliver(id, batch.claimedAt(), outcomes)
              : send(id, h.mail(), h.messageId(), outcomes);
      released += kept ? 0 : 1;
    }
    return released;
  }

  /** Prepares and sends one claimed email; false when its claim was given back. */
  private boolean deliver(UUID id, Instant claimedAt, Outcomes outcomes) {
    outcomes.write(); // its checks read what was sent before it (the weekly cap)
    Preparation.Ready ready;
    try {
      ready = QuarkusTransaction.requiringNew().call(() -> preparation.prepare(id, claimedAt));
    } catch (RuntimeException e) {
      refused(id, e);
      return true;
    }
    return ready == null || send(id, ready.mail(), ready.messageId(), outcomes);
  }

  /** A claimed email whose message could not be made: it fails for good. */
  private void refused(UUID id, RuntimeException e) {
    if (e instanceof TemplateRefusal) {
      Log.warnf("Email %s failed: its template is refused: %s", id, e.getMessage());
    } else {
      Log.errorf(e, "Email %s could not be prepared", id);
    }
    QuarkusTransaction.requiringNew().run(() -> failed(id, e, true));
  }

  /** Sends one message handed over; false when its claim was given back (relay unreachable). */
  private boolean send(UUID id, Mail mail, String messageId, Outcomes outcomes) {
    try {
      mailer.send(mail);
    } catch (RuntimeException e) {
      String error = SmtpErrors.describe(e);
      if (SmtpErrors.unreachable(e)) {
        Log.warnf("Email %s not sent (relay unreachable, claim given back): %s", id, error);
        relay.unreachable(error);
        QuarkusTransaction.requiringNew().run(() -> outbox.release(List.of(id)));
        return false;
      }
      relay.reached();
      boolean permanent = SmtpErrors.permanent(e);
      Log.warnf("Email %s not sent (%s): %s", id, permanent ? "final" : "will retry", error);
      QuarkusTransaction.requiringNew().run(() -> failed(id, e, permanent));
      return true;
    }
    relay.reached();
    outcomes.accepted(id, messageId);
    return true;
  }

  /**
   * SENT outcomes of one dispatch, written in groups while the sender goes on: the first settled
   * outcome is written at once, and those that settle while a group is being written form the next
   * group (at most one write in flight per sender, as PostgreSQL's own group commit).
   */
  private final class Outcomes {
    private final List<Outbox.Accepted> settled = new ArrayList<>();
    private CompletableFuture<Void> writing = CompletableFuture.completedFuture(null);

    void accepted(UUID id, String messageId) {
      settled.add(new Outbox.Accepted(id, messageId, clock.now()));
      if (writing.isDone() || settled.size() >= GROUP) {
        writing.join();
        List<Outbox.Accepted> group = take();
        writing = CompletableFuture.runAsync(() -> write(group), writer);
      }
    }

    /** Writes what settled and waits until every group of this dispatch is written. */
    void write() {
      writing.join();
      write(take());
    }

    private List<Outbox.Accepted> take() {
      List<Outbox.Accepted> group = List.copyOf(settled);
      settled.clear();
      return group;
    }

    /**
     * Should the write fail, the rows stay SENDING and become UNKNOWN after their lease, as after a
     * crash: they were sent, and are never sent again by themselves.
     */
    private void write(List<Outbox.Accepted> group) {
      if (group.isEmpty()) {
        return;
      }
      try {
        QuarkusTransaction.requiringNew().run(() -> sent(group));
      } catch (RuntimeException e) {
        Log.errorf(
            e,
            "%d sent email(s) could not be recorded as SENT: they will be UNKNOWN after their"
                + " lease",
            group.size());
      }
    }
  }

  private void sent(List<Outbox.Accepted> group) {
    List<Outbox.Recorded> moved = outbox.sentAll(group);
    if (moved.isEmpty()) {
      return;
    }
    List<UUID> assignmentIds = new ArrayList<>();
    List<Instant> at = new ArrayList<>();
    for (Outbox.Recorded r : moved) {
      if (r.assignmentId() != null) {
        assignmentIds.add(r.assignmentId());
        at.add(r.sentAt());
      }
    }
    assignments.markAllSent(assignmentIds, at);
    sentEvents.fire(new EmailsSent(moved.stream().map(Outbox.Recorded::id).toList()));
  }

  private void failed(UUID id, Throwable error, boolean permanent) {
    OutboxEmail e = OutboxEmail.findById(id);
    String description = SmtpErrors.describe(error);
    int attempt = e.attempts + 1;
    if (!permanent && attempt < settings.maxAttempts()) {
      Instant due =
          clock.now().plus(Backoff.after(attempt, settings.backoff(), settings.maxBackoff()));
      outbox.retry(e, due, description);
      return;
    }
    outbox.fail(e, description);
    failedEvents.fire(new EmailFailed(e));
  }
}
