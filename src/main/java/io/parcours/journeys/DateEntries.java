package io.parcours.journeys;

import io.parcours.common.AppClock;
import io.parcours.common.Jdbc;
import io.parcours.lead.TimeZones;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Date entries: a lead whose date attribute (a renewal, a trial end) comes within the horizon,
 * shifted by the journey's days, enters it waiting until the journey's local time in its own time
 * zone, once per journey, lead and date, as its re-entry policy allows. A run that comes late still
 * enters leads whose time passed less than a day ago; their first step runs at once.
 */
@Startup
@ApplicationScoped
public class DateEntries {

  /** How far ahead leads enter: more than the time between two runs. */
  static final Duration HORIZON = Duration.ofDays(2);

  /** Parameters: now, the default time zone, the horizon's end. */
  private static final String ENTER =
      """
      with p as (select cast(? as timestamptz) as now, cast(? as text) as zone,
                        cast(? as timestamptz) as horizon)
      insert into journey_enrolment (id, journey_id, lead_id, state, step, due_at, cycle,
        entered_at, entry_date, updated_at)
      select gen_random_uuid(), j.id, l.id, 'WAITING', 0, greatest(d.at, p.now), l.cycle, p.now,
        a.day, p.now
      from p, journey j
      join lead l on l.attributes ->> (j.entry_date ->> 'attribute') is not null
        and (j.persona_id is null or j.persona_id = l.persona_id)
      cross join lateral (select attribute_date(l.attributes ->> (j.entry_date ->> 'attribute'))
        as day) a
      cross join lateral (select ((a.day + (j.entry_date ->> 'days')::int)
          + (j.entry_date ->> 'at')::time) at time zone coalesce(l.time_zone, p.zone) as at) d
      where j.active and j.entry_date is not null and a.day is not null
        and d.at > p.now - interval '1 day' and d.at <= p.horizon
        and l.consent_status not in ('UNSUBSCRIBED', 'SUPPRESSED')
        and (j.reentry <> 'ONCE' or not exists (select 1 from journey_enrolment e
          where e.journey_id = j.id and e.lead_id = l.id))
        and (j.reentry <> 'CYCLE' or not exists (select 1 from journey_enrolment e
          where e.journey_id = j.id and e.lead_id = l.id and e.cycle = l.cycle))
      on conflict (journey_id, lead_id, entry_date) where entry_date is not null do nothing
      """;

  @Inject AppClock clock;
  @Inject EntityManager em;

  @ConfigProperty(name = "parcours.leads.default-time-zone")
  String defaultZone;

  @PostConstruct
  void check() {
    TimeZones.check("parcours.leads.default-time-zone", defaultZone);
  }

  @Scheduled(
      every = "{parcours.journeys.dates-every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    enterDue();
  }

  /** Enters the leads whose date comes within the horizon; answers how many entered. */
  @Transactional
  public int enterDue() {
    Instant now = clock.now();
    return Jdbc.update(em, ENTER, now, defaultZone, now.plus(HORIZON));
  }
}
