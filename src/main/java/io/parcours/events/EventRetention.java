package io.parcours.events;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.common.MonthlyPartitions;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/**
 * Creates the event months ahead and drops whole months once they ended before the retention
 * window: the feed keeps at least that window, and a cursor older than it is answered 410.
 */
@ApplicationScoped
public class EventRetention {

  @ConfigMapping(prefix = "parcours.events")
  public interface Settings {
    Duration retention();
  }

  @Inject MonthlyPartitions partitions;
  @Inject Settings settings;
  @Inject AppClock clock;
  @Inject EntityManager em;

  @Scheduled(
      cron = "{parcours.partitions.maintain-cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    maintain();
  }

  /** Answers the partitions dropped. */
  @Transactional
  public List<String> maintain() {
    partitions.prepare("domain_event");
    List<String> dropped =
        Jdbc.query(
            em,
            "select drop_event_partitions_before(?)",
            List.of(clock.now().minus(settings.retention())),
            r -> r.getString(1));
    if (!dropped.isEmpty()) {
      Log.infof("Dropped event partitions past the retention window: %s", dropped);
    }
    return dropped;
  }
}
