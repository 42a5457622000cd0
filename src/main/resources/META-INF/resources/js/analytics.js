import { ApiError, all, get } from './api.js';
import { h } from './dom.js';
import { t, day } from './i18n.js';
import { session } from './session.js';
import { funnelChart, timeChart, dropOffChart, channelTable } from './charts.js';
import { moreCharts } from './reports.js';

const KEYS = ['from', 'to', 'personaId', 'ownerId', 'source'];
const REPORTS = ['funnel', 'time-in-stage', 'drop-off', 'channels'];

/** The filters kept in the address after '?', so that a reload or a shared link shows the same view. */
function readFilters() {
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  return Object.fromEntries(KEYS.map((k) => [k, query.get(k) || '']));
}

function queryOf(filters) {
  const query = new URLSearchParams();
  for (const k of KEYS) if (filters[k]) query.set(k, filters[k]);
  return query.toString();
}

/** Funnel, time in stage, drop-off and channels, each from its analytics endpoint, for the filters chosen. */
export async function analyticsPage(view) {
  const filters = readFilters();
  const [personas, owners] = await Promise.all([
    all('/api/personas'),
    session.user.ownLeadsOnly || !session.can('leads:read') ? [] : get('/api/owners'),
  ]);
  const personaName = Object.fromEntries(personas.map((p) => [p.id, p.name]));
  const error = h('p', { class: 'error', role: 'alert', id: 'analytics-error' });
  const period = h('p', { class: 'muted', id: 'analytics-period' });
  const charts = h('div', { class: 'charts', id: 'charts' });

  let latest = 0;
  const load = async () => {
    const mine = ++latest;
    const query = queryOf(filters);
    error.textContent = '';
    try {
      const [[funnel, time, dropOff, channels], more] = await Promise.all([
        Promise.all(REPORTS.map((r) => get(`/api/analytics/${r}${query ? `?${query}` : ''}`))),
        moreCharts(query, personaName),
      ]);
      if (mine !== latest) return; // a newer filter is on its way
      period.textContent = t('analytics.period', { from: day(funnel.from), to: day(funnel.to) });
      charts.replaceChildren(funnelChart(funnel), timeChart(time, personaName), dropOffChart(dropOff), channelTable(channels), ...more);
      charts.dataset.query = query;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (mine !== latest) return;
      period.textContent = '';
      charts.replaceChildren();
      charts.dataset.query = query;
      error.textContent = e.message;
    }
  };
  const changed = (key, value) => {
    filters[key] = value.trim();
    const query = queryOf(filters);
    // replaceState, unlike a new hash, does not render the page again
    history.replaceState(null, '', `#/analytics${query ? `?${query}` : ''}`);
    load();
  };

  view.append(
    h('h1', {}, t('nav.analytics')),
    filterForm(filters, personas, owners, changed),
    period,
    error,
    charts,
  );
  await load();
}

function filterForm(filters, personas, owners, changed) {
  const onchange = (key) => (e) => {
    changed(key, e.target.value);
    if (key === 'from') e.target.form.elements.to.min = e.target.value;
    if (key === 'to') e.target.form.elements.from.max = e.target.value;
  };
  const input = (key, label, attrs) =>
    h('label', {}, label,
      h('input', { ...attrs, id: `filter-${key}`, name: key, value: filters[key], onchange: onchange(key) }));
  const select = (key, label, choices) =>
    h('label', {}, label,
      h('select', { id: `filter-${key}`, name: key, onchange: onchange(key) },
        h('option', { value: '' }, t('filter.all')),
        choices.map((c) => h('option', { value: c.id, selected: filters[key] === c.id }, c.name))));
  return h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('analytics.filters'), onsubmit: (e) => e.preventDefault() },
    input('from', t('filter.from'), { type: 'date', max: filters.to || null }),
    input('to', t('filter.to'), { type: 'date', min: filters.from || null }),
    select('personaId', t('filter.persona'), personas),
    owners.length ? select('ownerId', t('filter.owner'), owners) : null,
    input('source', t('filter.source'), { type: 'search' }),
  );
}
