import { get } from './api.js';
import { h } from './dom.js';
import { t, number } from './i18n.js';
import { barChart } from './charts.js';
import { STAGES } from './move.js';

const days = (seconds) => `${number(Math.round((seconds / 86400) * 10) / 10)} ${t('analytics.days')}`;
const percent = (rate) => `${Math.round((rate || 0) * 100)} %`;
const EMAIL_COUNTS = ['planned', 'sent', 'pending', 'failed', 'cancelled', 'unknown', 'unsubscribed'];

/** Stalled leads, content effectiveness and email metrics, charted for the same filters. */
export async function moreCharts(query, personaName) {
  const suffix = query ? `?${query}` : '';
  const [stalled, content, emails] = await Promise.all([
    get(`/api/analytics/stalled${suffix}${suffix ? '&' : '?'}limit=500`),
    get(`/api/analytics/content${suffix}`),
    get(`/api/analytics/emails${suffix}`),
  ]);
  return [stalledChart(stalled, personaName), contentChart(content), emailChart(emails)];
}

/** Stalled leads per stage, then the ten longest stays, each a link to its lead. */
export function stalledChart(report, personaName) {
  const perStage = new Map();
  for (const l of report.leads) perStage.set(l.stage, (perStage.get(l.stage) || 0) + 1);
  const figure = barChart('chart-stalled', t('analytics.stalled'), STAGES.filter((s) => perStage.has(s)).map((s) => ({
    key: s, label: t(`stage.${s}`), value: perStage.get(s),
  })));
  if (report.leads.length) {
    figure.append(h('ol', { class: 'stalled-list' }, report.leads.slice(0, 10).map((l) =>
      h('li', { dataset: { leadId: l.leadId } },
        h('a', { href: `#/leads/${l.leadId}` }, t(`stage.${l.stage}`), l.personaId ? ` · ${personaName[l.personaId] || ''}` : ''),
        ' ', t('analytics.stalledFor', { days: days(l.inStageSeconds), p90: days(l.p90Seconds) })))));
  }
  return figure;
}

/** Per item: the share of leads that moved on within the report's days after receiving it. */
export const contentChart = (report) =>
  barChart('chart-content', t('analytics.content', { n: report.withinDays }), report.items.map((i) => ({
    key: i.contentId, label: i.title, value: i.rate || 0,
    text: `${percent(i.rate)} · ${number(i.advanced)}/${number(i.received)}`,
  })));

export const emailChart = (report) => {
  const rows = EMAIL_COUNTS.map((k) => ({ key: k, label: t(`analytics.email.${k}`), value: report[k] || 0 }));
  return barChart('chart-emails', t('analytics.emails'), rows.some((r) => r.value) ? rows : []);
};
