# The SQL the service runs for the default funnel and time in stage (last 90 days, no filter):
# FunnelQuery and TimeInStageQuery with Scope.grainFilter, the dates bound. Sourced by
# measure.sh and workloads/report.sh; sets FUNNEL and STAYS.
TO=$(date -u +%F)
FROM=$(date -u -d '89 days ago' +%F)
if [ "$(date -u -d "$FROM" +%d)" = "01" ]; then FIRST_MONTH=$FROM
else FIRST_MONTH=$(date -u -d "$(date -u -d "$FROM" +%Y-%m-01) +1 month" +%F); fi
AFTER_LAST=$(date -u -d "$TO +1 day" +%Y-%m-01)
FUNNEL="select stage, sum(reached), sum(advanced) from (
  select stage, reached, advanced from analytics_funnel
  where basis = 'E' and dims = 0 and day between '$FROM' and '$TO'
  union all select stage, reached, advanced from analytics_funnel_delta
  where entry_day between '$FROM' and '$TO') x group by stage"
# One select per grain range: the whole months, then the days before and after them (none when
# the period starts on the 1st or ends on a month's last day), as TimeInStageQuery writes them.
stay_range() { # grain from until
  echo "select persona_id, stage, bucket, stays from analytics_stay where dims = 1 and grain = '$1'
  and day >= '$2' and day < '$3' and owner_id is null and source is null union all "
}
if [ "$FIRST_MONTH" \< "$AFTER_LAST" ]; then
  RANGES=$(stay_range M "$FIRST_MONTH" "$AFTER_LAST")
  [ "$FROM" = "$FIRST_MONTH" ] || RANGES+=$(stay_range D "$FROM" "$FIRST_MONTH")
  [ "$AFTER_LAST" = "$(date -u -d "$TO +1 day" +%F)" ] ||
    RANGES+=$(stay_range D "$AFTER_LAST" "$(date -u -d "$TO +1 day" +%F)")
else
  RANGES=$(stay_range D "$FROM" "$(date -u -d "$TO +1 day" +%F)")
fi
STAYS="select persona_id, stage, bucket, sum(stays) from (
  $RANGES select persona_id, stage, bucket, stays from analytics_stay_delta
  where day between '$FROM' and '$TO') x group by persona_id, stage, bucket having sum(stays) <> 0"
