import { ApiError, api, get } from './api.js';
import { h, options, toast } from './dom.js';
import { t, dateTime, number } from './i18n.js';
import { session } from './session.js';

export const STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED', 'UNKNOWN'];
const KEYS = ['status', 'leadId', 'from', 'to'];
const REQUEUABLE = ['UNKNOWN', 'FAILED'];

function readFilters() {
  const query = new URLSearchParams(location.hash.split('?')[1] || '');
  return Object.fromEntries(KEYS.map((k) => [k, query.get(k) || '']));
}

function queryOf(filters) {
  const query = new URLSearchParams();
  for (const k of KEYS) {
    if (!filters[k]) continue;
    // the API takes instants; a day chosen here starts at midnight UTC
    query.set(k, k === 'from' || k === 'to' ? `${filters[k]}T00:00:00Z` : filters[k]);
  }
  return query;
}

/** The email outbox: emails by status with filters, one email's attempts and error, requeue. */
export async function outboxPage(view) {
  const filters = readFilters();
  const rows = h('tbody', {});
  const more = h('button', { type: 'button', class: 'secondary', id: 'outbox-more', hidden: true }, t('outbox.more'));
  const detail = h('section', { class: 'panel', id: 'outbox-detail', hidden: true, tabindex: '-1' });
  const error = h('p', { class: 'error', role: 'alert', id: 'outbox-error' });
  let cursor = null;
  let latest = 0;

  const load = async (fresh) => {
    const mine = ++latest;
    const query = queryOf(filters);
    query.set('limit', '50');
    if (!fresh && cursor) query.set('cursor', cursor);
    error.textContent = '';
    try {
      const page = await get(`/api/emails?${query}`);
      if (mine !== latest) return;
      if (fresh) rows.replaceChildren();
      rows.append(...page.items.map((e) => row(e, show)));
      if (fresh && !page.items.length) rows.append(h('tr', {}, h('td', { colspan: 7, class: 'empty' }, t('outbox.none'))));
      cursor = page.nextCursor;
      more.hidden = !cursor;
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.message;
    }
  };
  const show = async (id) => {
    const e = await get(`/api/emails/${id}`);
    detail.hidden = false;
    detail.replaceChildren(...details(e, async () => {
      await show(id);
      await load(true);
    }));
    detail.focus();
  };
  more.addEventListener('click', () => load(false));
  const changed = (key, value) => {
    filters[key] = value.trim();
    const query = new URLSearchParams();
    for (const k of KEYS) if (filters[k]) query.set(k, filters[k]);
    history.replaceState(null, '', `#/outbox${query.size ? `?${query}` : ''}`);
    load(true);
  };

  view.append(
    h('h1', {}, t('nav.outbox')),
    filterForm(filters, changed),
    error,
    h('div', { class: 'table-wrap', tabindex: '0' },
      h('table', { id: 'outbox' },
        h('thead', {}, h('tr', {}, [t('outbox.created'), t('outbox.to'), t('outbox.subject'), t('outbox.status'),
          t('outbox.due'), t('outbox.attempts'), t('actions')].map((x) => h('th', { scope: 'col' }, x)))),
        rows)),
    more,
    detail,
  );
  await load(true);
}

function filterForm(filters, changed) {
  const onchange = (key) => (e) => changed(key, e.target.value);
  return h('form', { class: 'filters', role: 'search', 'aria-label': t('outbox.filters'), onsubmit: (e) => e.preventDefault() },
    h('label', {}, t('outbox.status'),
      h('select', { id: 'outbox-status', name: 'status', onchange: onchange('status') },
        h('option', { value: '' }, t('filter.all')),
        options(STATUSES, filters.status, (s) => t(`outbox.${s}`)))),
    h('label', {}, t('outbox.lead'),
      h('input', { id: 'outbox-lead', name: 'leadId', type: 'search', value: filters.leadId, pattern: '[0-9a-fA-F-]{36}', onchange: onchange('leadId') })),
    h('label', {}, t('outbox.dueFrom'), h('input', { id: 'outbox-from', name: 'from', type: 'date', value: filters.from, onchange: onchange('from') })),
    h('label', {}, t('outbox.dueTo'), h('input', { id: 'outbox-to', name: 'to', type: 'date', value: filters.to, onchange: onchange('to') })));
}

const statusBadge = (s) => h('span', { class: `badge status-${s.toLowerCase()}` }, t(`outbox.${s}`));

function row(e, show) {
  return h('tr', { dataset: { emailId: e.id, status: e.status } },
    h('td', {}, dateTime(e.createdAt)),
    h('td', {}, h('a', { href: `#/leads/${e.leadId}` }, e.toAddress || t('outbox.leadLink'))),
    h('td', {}, e.subject || (e.journeyId ? '' : t('outbox.oneOff'))),
    h('td', {}, statusBadge(e.status)),
    h('td', {}, dateTime(e.dueAt)),
    h('td', {}, number(e.attempts)),
    h('td', {}, h('button', { type: 'button', class: 'secondary details', onclick: () => show(e.id) }, t('outbox.details'))));
}

function details(e, reload) {
  const item = (label, value) => [h('dt', {}, label), h('dd', {}, value ?? '—')];
  const requeue = session.can('email:write') && REQUEUABLE.includes(e.status)
    ? h('button', { type: 'button', id: 'outbox-requeue', onclick: () => confirmRequeue(e, reload) }, t('outbox.requeue'))
    : null;
  return [
    h('h2', {}, t('outbox.email'), ' ', statusBadge(e.status)),
    h('dl', {},
      item(t('outbox.to'), e.toAddress),
      item(t('outbox.subject'), e.subject),
      item(t('outbox.due'), dateTime(e.dueAt)),
      item(t('outbox.sentAt'), e.sentAt ? dateTime(e.sentAt) : null),
      item(t('outbox.attempts'), h('span', { id: 'outbox-attempts' }, number(e.attempts))),
      item(t('outbox.lastError'), e.lastError ? h('span', { id: 'outbox-last-error' }, e.lastError) : null),
      item(t('outbox.reason'), e.reason),
      item(t('outbox.messageId'), e.messageId),
      item(t('outbox.kind'), e.journeyId ? t('outbox.journey') : t('outbox.oneOff'))),
    requeue,
  ].filter(Boolean);
}

/** Says what a requeue risks before it happens: an UNKNOWN email may already have arrived. */
function confirmRequeue(e, reload) {
  const message = h('p', { role: 'alert', class: 'error' });
  const ok = h('button', { type: 'button', id: 'requeue-ok' }, t('outbox.requeueConfirm'));
  const cancel = h('button', { type: 'button', class: 'secondary', id: 'requeue-cancel' }, t('cancel'));
  const dialog = h('dialog', { id: 'requeue-dialog', 'aria-labelledby': 'requeue-title', 'aria-describedby': 'requeue-risk' },
    h('h2', { id: 'requeue-title' }, t('outbox.requeueTitle')),
    h('p', { id: 'requeue-risk' }, t(`outbox.risk.${e.status}`)),
    e.lastError ? h('p', { class: 'muted' }, t('outbox.lastError'), ': ', e.lastError) : null,
    h('div', { class: 'actions' }, ok, cancel),
    message);
  const close = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', close);
  dialog.addEventListener('cancel', () => dialog.remove());
  ok.addEventListener('click', async () => {
    ok.disabled = true;
    try {
      await api('POST', `/api/emails/${e.id}/requeue`);
      close();
      toast(t('outbox.requeued'));
      await reload();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      ok.disabled = false;
      message.textContent = err.message;
    }
  });
  document.body.append(dialog);
  dialog.showModal();
  cancel.focus();
}
