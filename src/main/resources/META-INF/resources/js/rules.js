import { api, all, problemText } from './api.js';
import { field, h, options, table, toast } from './dom.js';
import { saveStatus } from './forms.js';
import { t } from './i18n.js';
import { TYPES } from './marketing.js';
import { STAGES } from './move.js';

const UNITS = { DAYS: 86400, HOURS: 3600, MINUTES: 60, SECONDS: 1 };

/** Java's Duration text (P7D, PT2H30M, PT0S) in seconds. */
export function seconds(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso || '');
  if (!m) return 0;
  const [, d = 0, hours = 0, min = 0, s = 0] = m;
  return Math.round(d * 86400 + hours * 3600 + min * 60 + Number(s));
}

/** The largest unit that measures a delay exactly. */
function inUnit(total) {
  const unit = Object.keys(UNITS).find((u) => total % UNITS[u] === 0 && total > 0) || 'DAYS';
  return { unit, amount: total / UNITS[unit] };
}

const delayText = (iso) => {
  const total = seconds(iso);
  if (total === 0) return t('delay.none');
  const { unit, amount } = inUnit(total);
  return t(`delay.${unit}`, { n: amount });
};

/** Follow-up email rules: the list, and a form to write, change or delete one. */
export async function rulesPage(view) {
  const [templates, personas] = await Promise.all([all('/api/email-templates'), all('/api/personas')]);
  const templateName = Object.fromEntries(templates.map((x) => [x.id, x.name]));
  const personaName = Object.fromEntries(personas.map((p) => [p.id, p.name]));
  const list = h('div', { id: 'rule-list' });
  const listMessage = h('p', { class: 'error', role: 'alert', id: 'rules-message' });
  const editor = h('div', {});
  const show = async () => {
    const rules = await all('/api/email-rules');
    list.replaceChildren(rules.length
      ? table('rules', [t('rule.name'), t('rule.stage'), t('rule.persona'), t('rule.delay'), t('rule.template'), t('rule.contentTypes'), t('rule.active'), h('span', { class: 'visually-hidden' }, t('actions'))],
        rules.map((r) => [
          r.name,
          t(`stage.${r.stage}`),
          r.personaId ? personaName[r.personaId] || r.personaId : t('rule.everyPersona'),
          delayText(r.delay),
          templateName[r.templateId] || r.templateId,
          r.contentTypes.map((x) => t(`type.${x}`, {}, x)).join(', ') || '—',
          r.active ? t('yes') : t('no'),
          h('span', { class: 'row-actions' },
            h('button', { type: 'button', class: 'secondary edit', onclick: () => edit(r) }, t('edit'), h('span', { class: 'visually-hidden' }, ` ${r.name}`)),
            h('button', { type: 'button', class: 'danger delete', onclick: () => remove(r) }, t('delete'), h('span', { class: 'visually-hidden' }, ` ${r.name}`))),
        ]))
      : h('p', { class: 'empty' }, t('rule.none')));
  };
  const edit = (rule) => {
    editor.replaceChildren(ruleForm(rule, { templates, personas, show, edit }));
    editor.querySelector('input')?.focus();
  };
  const remove = async (rule) => {
    listMessage.textContent = '';
    if (!confirm(t('rule.confirmDelete', { name: rule.name }))) return;
    try {
      await api('DELETE', `/api/email-rules/${rule.id}`);
      toast(t('rule.deleted', { name: rule.name }));
      await show();
      edit(null);
    } catch (err) {
      listMessage.textContent = problemText(err);
    }
  };
  await show();
  edit(null);
  view.append(h('h1', {}, t('nav.rules')), h('p', {}, t('rule.intro')), listMessage, list, editor);
}

function ruleForm(rule, { templates, personas, show, edit }) {
  const state = { etag: rule ? `"${rule.version}"` : null };
  const status = saveStatus('rule', async () => {
    const r = await api('GET', `/api/email-rules/${rule.id}`);
    state.etag = r.etag;
    await show();
  });
  const delay = inUnit(seconds(rule?.delay || 'PT0S'));
  const types = h('select', { id: 'rule-contentTypes', name: 'contentTypes', multiple: true, size: 5 },
    TYPES.map((x) => h('option', { value: x, selected: rule?.contentTypes.includes(x) }, t(`type.${x}`, {}, x))));
  const check = (name, checked) =>
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: `rule-${name}`, name, checked }),
      h('label', { for: `rule-${name}` }, t(`rule.${name}`)));
  const form = h('form', { class: 'panel', id: 'rule-form' },
    h('h2', {}, rule ? t('rule.edit', { name: rule.name }) : t('rule.new')),
    h('div', { class: 'form-grid' },
      field('rule-name', t('rule.name'), h('input', { id: 'rule-name', name: 'name', required: true, maxlength: 200, value: rule?.name })),
      field('rule-stage', t('rule.stage'), h('select', { id: 'rule-stage', name: 'stage' }, options(STAGES, rule?.stage || 'DISCOVERY', (s) => t(`stage.${s}`)))),
      field('rule-personaId', t('rule.persona'), h('select', { id: 'rule-personaId', name: 'personaId' },
        h('option', { value: '' }, t('rule.everyPersona')),
        personas.map((p) => h('option', { value: p.id, selected: p.id === rule?.personaId }, p.name)))),
      h('div', { class: 'field' },
        h('label', { for: 'rule-delay' }, t('rule.delay')),
        h('span', { class: 'inline' },
          h('input', { id: 'rule-delay', name: 'delay', type: 'number', min: 0, step: 1, required: true, value: delay.amount }),
          h('select', { id: 'rule-delay-unit', name: 'unit', 'aria-label': t('rule.unit') },
            options(Object.keys(UNITS), delay.unit, (u) => t(`unit.${u}`))))),
      field('rule-templateId', t('rule.template'), h('select', { id: 'rule-templateId', name: 'templateId', required: true },
        h('option', { value: '' }, t('rule.chooseTemplate')),
        templates.map((x) => h('option', { value: x.id, selected: x.id === rule?.templateId }, x.name)))),
      field('rule-contentTypes', t('rule.contentTypes'), types)),
    check('marketing', rule ? rule.marketing : true),
    check('stopOnStageExit', rule ? rule.stopOnStageExit : true),
    check('active', rule ? rule.active : true),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, t('save')),
      rule ? h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, t('rule.newInstead')) : null,
      status.button),
    status.message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.clear(form);
    const f = form.elements;
    const amount = Number(f.delay.value);
    const body = {
      // The form does not show a discount's settings; a change keeps those the rule has.
      discountKind: rule?.discountKind ?? null,
      discountValue: rule?.discountValue ?? null,
      discountCurrency: rule?.discountCurrency ?? null,
      name: f.name.value.trim(),
      stage: f.stage.value,
      personaId: f.personaId.value || null,
      delay: f.unit.value === 'DAYS' ? `P${amount}D` : `PT${amount * UNITS[f.unit.value]}S`,
      templateId: f.templateId.value,
      contentTypes: [...types.selectedOptions].map((o) => o.value),
      marketing: f.marketing.checked,
      stopOnStageExit: f.stopOnStageExit.checked,
      active: f.active.checked,
    };
    try {
      const r = rule
        ? await api('PUT', `/api/email-rules/${rule.id}`, { body, etag: state.etag })
        : await api('POST', '/api/email-rules', { body });
      toast(t('saved'));
      await show();
      edit(rule ? r.data : null);
    } catch (err) {
      status.failed(err, form, (name) => `rule-${name}`);
    }
  });
  return form;
}
