package io.parcours.touchpoint;

import io.parcours.common.MonthlyPartitions;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates the touchpoint months ahead; touchpoints are kept for good. */
@ApplicationScoped
public class TouchpointPartitions {

  @Inject MonthlyPartitions partitions;

  @Scheduled(
      cron = "{parcours.partitions.maintain-cron}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  @Transactional
  public void maintain() {
    partitions.prepare("touchpoint");
  }
}
