package io.parcours.email;

import io.parcours.common.AppClock;
import io.parcours.common.Backoff;
import io.parcours.content.ContentAssignments;
import io.parcours.email.template.TemplateRefusal;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Sends due emails. Each batch is claimed (SENDING) and committed before anything is sent, with FOR
 * UPDATE SKIP LOCKED so that any number of dispatchers share the work and never take the same row;
 * each email is then prepared, handed to SMTP, and its outcome recorded, each step in its own
 * transaction. A row left SENDING by a crash after its hand-over to SMTP is never resent by itself:
 * it becomes UNKNOWN. While the relay cannot be reached, nothing is claimed, and what a batch had
 * not yet sent is given back untouched.
 */
@ApplicationScoped
public class Dispatcher {

  @Inject EmailSettings settings;
  @Inject AppClock clock;
  @Inject Outbox outbox;
  @Inject Relay relay;
  @Inject Preparation preparation;
  @Inject Mailer mailer;
  @Inject ContentAssignments assignments;
  @Inject Event<EmailSent> sentEvents;
  @Inject Event<EmailFailed> failedEvents;

  /**
   * Sends every email due now, batch after batch, until none is due or the relay is paused; answers
   * how many emails it took (claimed and not given back).
   */
  public int dispatch() {
    markAbandoned();
    int taken = 0;
    while (!relay.paused()) {
      Instant claimedAt = clock.now();
      List<UUID> batch =
          QuarkusTransaction.requiringNew()
              .call(() -> outbox.claim(claimedAt, settings.batchSize()));
      if (batch.isEmpty()) {
        break;
      }
      for (int i = 0; i < batch.size(); i++) {
        if (relay.paused()) {
          List<UUID> rest = batch.subList(i, batch.size());
          QuarkusTransaction.requiringNew().run(() -> outbox.release(rest));
          break;
        }
        taken += deliver(batch.get(i), claimedAt) ? 1 : 0;
      }
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

  /** Sends one claimed email; false when its claim was given back because the relay is down. */
  private boolean deliver(UUID id, Instant claimedAt) {
    Preparation.Ready ready;
    try {
      ready = QuarkusTransaction.requiringNew().call(() -> preparation.prepare(id, claimedAt));
    } catch (TemplateRefusal e) {
      Log.warnf("Email %s failed: its template is refused: %s", id, e.getMessage());
      QuarkusTransaction.requiringNew().run(() -> failed(id, e, true));
      return true;
    } catch (RuntimeException e) {
      Log.errorf(e, "Email %s could not be prepared", id);
      QuarkusTransaction.requiringNew().run(() -> failed(id, e, true));
      return true;
    }
    if (ready == null) {
      return true;
    }
    try {
      mailer.send(ready.mail());
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
    QuarkusTransaction.requiringNew().run(() -> sent(id, ready.messageId()));
    return true;
  }

  private void sent(UUID id, String messageId) {
    OutboxEmail e = OutboxEmail.findById(id);
    outbox.sent(e, messageId);
    if (e.assignmentId != null) {
      assignments.markSent(e.assignmentId, e.sentAt);
    }
    sentEvents.fire(new EmailSent(e));
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
