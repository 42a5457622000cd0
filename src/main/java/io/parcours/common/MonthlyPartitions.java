package io.parcours.common;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Keeps a table partitioned by month (see V140) ready: the months ahead exist before rows arrive,
 * and rows that reached the DEFAULT partition (a month without a partition) move to their own.
 */
@ApplicationScoped
public class MonthlyPartitions {

  @ConfigMapping(prefix = "parcours.partitions")
  public interface Settings {
    /** Months created ahead of the current one. */
    int monthsAhead();

    /** Read by the @Scheduled expressions of the tables' jobs. */
    String maintainCron();
  }

  @Inject EntityManager em;
  @Inject AppClock clock;
  @Inject Settings settings;

  /** Creates the missing months; answers how many partitions were created. */
  public int prepare(String table) {
    LocalDate month = LocalDate.ofInstant(clock.now(), ZoneOffset.UTC).withDayOfMonth(1);
    TreeSet<LocalDate> months = new TreeSet<>();
    for (int i = 0; i <= settings.monthsAhead(); i++) {
      months.add(month.plusMonths(i));
    }
    months.addAll(
        Jdbc.query(
            em,
            "select default_partition_months(?)",
            List.of(table),
            r -> r.getObject(1, LocalDate.class)));
    int created = 0;
    for (LocalDate m : months) {
      List<Boolean> done =
          Jdbc.query(
              em, "select create_month_partition(?, ?)", List.of(table, m), r -> r.getBoolean(1));
      created += done.get(0) ? 1 : 0;
    }
    return created;
  }
}
