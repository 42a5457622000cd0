import { api } from './api.js';
import { h, table, toast } from './dom.js';
import { saveStatus } from './forms.js';
import { t, dateTime, number } from './i18n.js';
import './admin-labels.js';

// Each setting with its bounds, as the API checks them.
const GROUPS = [
  ['settings.email', [['emailWeeklyCap', 0, 50, 1], ['stalledAfterDays', 0, 365, 1]]],
  ['settings.analytics', [
    ['analyticsDefaultPeriodDays', 1, 3650, 1], ['analyticsAdvanceWithinDays', 1, 365, 1],
    ['abMinimumDetectableEffect', 0.001, 0.5, 0.001], ['abAlpha', 0.001, 0.2, 0.001], ['abPower', 0.5, 0.99, 0.01]]],
];

export async function settingsPage(view) {
  let { data, etag } = await api('GET', '/api/settings');
  const audit = h('div', { id: 'settings-audit' });
  const form = h('form', { class: 'panel', id: 'settings-form', novalidate: true });
  const status = saveStatus('settings', async () => {
    ({ data, etag } = await api('GET', '/api/settings'));
  });
  const inputs = {};
  form.append(
    h('p', {}, t('settings.intro')),
    ...GROUPS.map(([title, fields]) => h('fieldset', {}, h('legend', {}, t(title)),
      ...fields.map(([name, min, max, step]) => {
        inputs[name] = h('input', {
          id: `setting-${name}`, name, type: 'number', min, max, step, inputmode: step < 1 ? 'decimal' : 'numeric',
          value: data.stored[name] ?? '', placeholder: String(data.defaults[name]), 'aria-describedby': `setting-${name}-default`,
        });
        return h('div', { class: 'field' },
          h('label', { for: `setting-${name}` }, t(`settings.${name}`)),
          inputs[name],
          h('span', { class: 'muted', id: `setting-${name}-default` }, t('settings.default', { value: number(data.defaults[name]) })));
      }))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'settings-save' }, t('settings.save')), status.button),
    status.message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.clear(form);
    const body = Object.fromEntries(Object.entries(inputs).map(([name, input]) =>
      [name, input.value.trim() === '' ? null : Number(input.value)]));
    try {
      ({ data, etag } = await api('PUT', '/api/settings', { body, etag }));
      toast(t('settings.saved'));
      await showAudit(audit);
    } catch (err) {
      status.failed(err, form, (field) => `setting-${field}`);
    }
  });
  view.append(h('h1', {}, t('nav.settings')), form, audit);
  await showAudit(audit);
}

async function showAudit(box) {
  const { data } = await api('GET', '/api/settings/audit?limit=20');
  const value = (v) => (v === null || v === undefined ? t('settings.defaultShort') : number(v));
  box.replaceChildren(
    h('h2', {}, t('settings.audit')),
    data.items.length
      ? table('settings-changes', [t('settings.when'), t('settings.who'), t('settings.what')],
        data.items.map((c) => [
          dateTime(c.changedAt),
          c.actorName,
          h('ul', { class: 'changes' }, c.changes.map((x) =>
            h('li', {}, `${t(`settings.${x.setting}`)} — ${value(x.from)} → ${value(x.to)}`))),
        ]))
      : h('p', { class: 'empty' }, t('settings.noChanges')),
  );
}
