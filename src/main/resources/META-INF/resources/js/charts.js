import { h } from './dom.js';
import { t, number } from './i18n.js';
import { STAGES } from './move.js';

/**
 * A horizontal bar chart: a list of label, bar and value, so that the text keeps its size at any
 * width (a phone puts the label above its bar) and reads as a list without the picture.
 */
export function barChart(id, title, rows) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return h('figure', { class: 'chart', id },
    h('figcaption', {}, title),
    rows.length
      ? h('ul', { class: 'bars' }, rows.map((r) => h('li', { dataset: { key: r.key } },
        h('span', { class: 'label', title: r.label }, r.label),
        h('span', { class: 'track' }, h('span', { class: 'bar', style: `--share:${r.value / max}` })),
        h('span', { class: 'value' }, r.text ?? number(r.value)))))
      : h('p', { class: 'empty' }, t('analytics.empty')));
}

const stage = (s) => t(`stage.${s}`);
const days = (seconds) => `${number(Math.round((seconds / 86400) * 10) / 10)} ${t('analytics.days')}`;
const percent = (rate) => `${Math.round((rate || 0) * 100)} %`;

export const funnelChart = (report) =>
  barChart('chart-funnel', t('analytics.funnel'), report.stages.map((s) => ({
    key: s.stage, label: stage(s.stage), value: s.reached, text: `${number(s.reached)} · ${percent(s.conversion)}`,
  })));

/** One bar per stage for all personas, then one per stage and persona. */
export const timeChart = (report, personaName) =>
  barChart('chart-time', t('analytics.time'), report.stages.map((s) => ({
    key: s.personaId ? `${s.stage}/${s.personaId}` : s.stage,
    label: stage(s.stage) + (s.personaId ? ` · ${personaName[s.personaId] || '?'}` : ''),
    value: s.medianSeconds || 0,
    text: `${days(s.medianSeconds || 0)} (p90 ${days(s.p90Seconds || 0)}) · ${t('analytics.leads', { n: number(s.leads) })}`,
  })));

export const dropOffChart = (report) =>
  barChart('chart-drop-off', t('analytics.dropOff'), report.stages.map((s) => ({
    key: s.stage, label: stage(s.stage), value: s.lost,
    text: [number(s.lost), ...(s.reasons || []).slice(0, 2).map((r) => `${r.reason ?? t('analytics.noReason')} (${number(r.count)})`)].join(' · '),
  })));

/** Touchpoints as a heat table: a row per channel, a column per stage in journey order. */
export function channelTable(report) {
  const rows = report.rows;
  const seen = new Set(rows.map((r) => r.stage));
  const stages = STAGES.filter((s) => seen.has(s));
  const byChannel = new Map();
  for (const r of rows) {
    if (!byChannel.has(r.channel)) byChannel.set(r.channel, {});
    byChannel.get(r.channel)[r.stage] = r.touchpoints;
  }
  const max = Math.max(1, ...rows.map((r) => r.touchpoints));
  return h('figure', { class: 'chart', id: 'chart-channels' },
    h('figcaption', {}, t('analytics.channels')),
    rows.length
      ? h('div', { class: 'table-wrap', tabindex: '0' }, h('table', { class: 'heat' },
        h('thead', {}, h('tr', {}, h('th', {}, ''), stages.map((s) => h('th', { scope: 'col' }, stage(s))))),
        h('tbody', {}, [...byChannel].map(([channel, cells]) => h('tr', { dataset: { channel } },
          h('th', { scope: 'row' }, t(`channel.${channel}`, {}, channel)),
          stages.map((s) => h('td', { dataset: { stage: s }, style: `--heat:${(cells[s] || 0) / max}` }, number(cells[s] || 0))))))))
      : h('p', { class: 'empty' }, t('analytics.empty')));
}
