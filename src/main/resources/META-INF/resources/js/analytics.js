import { ApiError, get } from './api.js';
import { h } from './dom.js';
import { t, number } from './i18n.js';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  for (const c of children.flat()) if (c != null) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** A horizontal bar chart in plain SVG; each bar is labelled with its value. */
export function barChart(id, title, rows) {
  const width = 640;
  const bar = 22;
  const labelWidth = 200;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * (bar + 8) + 8;
  return h('figure', { class: 'chart', id },
    h('figcaption', {}, title),
    rows.length
      ? svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title },
        rows.map((r, i) => {
          const y = 8 + i * (bar + 8);
          const w = ((width - labelWidth - 180) * r.value) / max;
          return svg('g', {},
            svg('text', { x: labelWidth - 8, y: y + bar * 0.7, 'text-anchor': 'end' }, r.label),
            svg('rect', { x: labelWidth, y, width: Math.max(w, 1), height: bar, rx: 3 }),
            svg('text', { x: labelWidth + w + 6, y: y + bar * 0.7, class: 'value' }, r.text ?? number(r.value)));
        }))
      : h('p', { class: 'empty' }, t('analytics.empty')));
}

const days = (seconds) => `${number(Math.round((seconds / 86400) * 10) / 10)} ${t('analytics.days')}`;

async function optional(path) {
  try {
    return await get(path);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
    throw e;
  }
}

/** Funnel, time in stage, drop-off and channels, each from its analytics endpoint. */
export async function analyticsPage(view) {
  const [funnel, time, dropOff, channels] = await Promise.all(
    ['funnel', 'time-in-stage', 'drop-off', 'channels'].map((p) => optional(`/api/analytics/${p}`)),
  );
  const stage = (s) => t(`stage.${s}`);
  const missing = (title) => h('figure', { class: 'chart' }, h('figcaption', {}, title), h('p', { class: 'empty' }, t('analytics.unavailable')));
  view.append(
    h('h1', {}, t('nav.analytics')),
    h('div', { class: 'charts' },
      funnel
        ? barChart('chart-funnel', t('analytics.funnel'), funnel.stages.map((s) => ({
          label: stage(s.stage), value: s.reached,
          text: `${number(s.reached)} · ${Math.round((s.conversion || 0) * 100)} %`,
        })))
        : missing(t('analytics.funnel')),
      time
        ? barChart('chart-time', t('analytics.time'), time.stages.map((s) => ({
          label: stage(s.stage) + (s.personaName ? ` · ${s.personaName}` : ''),
          value: s.medianSeconds || 0,
          text: `${days(s.medianSeconds || 0)} (p90 ${days(s.p90Seconds || 0)})`,
        })))
        : missing(t('analytics.time')),
      dropOff
        ? barChart('chart-drop-off', t('analytics.dropOff'), dropOff.stages.map((s) => ({
          label: stage(s.stage), value: s.lost,
          text: [number(s.lost), ...(s.reasons || []).slice(0, 2).map((r) => `${r.reason} (${r.count})`)].join(' · '),
        })))
        : missing(t('analytics.dropOff')),
      channels ? channelTable(channels.rows, stage) : missing(t('analytics.channels'))),
  );
}

function channelTable(rows, stage) {
  const stages = [...new Set(rows.map((r) => r.stage))];
  const byChannel = new Map();
  for (const r of rows) {
    if (!byChannel.has(r.channel)) byChannel.set(r.channel, {});
    byChannel.get(r.channel)[r.stage] = r.touchpoints;
  }
  const max = Math.max(1, ...rows.map((r) => r.touchpoints));
  return h('figure', { class: 'chart', id: 'chart-channels' },
    h('figcaption', {}, t('analytics.channels')),
    h('div', { class: 'table-wrap' }, h('table', { class: 'heat' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), stages.map((s) => h('th', { scope: 'col' }, stage(s))))),
      h('tbody', {}, [...byChannel].map(([channel, cells]) => h('tr', {},
        h('th', { scope: 'row' }, t(`channel.${channel}`, {}, channel)),
        stages.map((s) => h('td', { style: `--heat:${(cells[s] || 0) / max}` }, number(cells[s] || 0)))))))));
}
