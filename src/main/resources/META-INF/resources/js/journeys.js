import { api, all, get } from './api.js';
import { field, h, options, table, toast } from './dom.js';
import { saveStatus } from './forms.js';
import { t, number } from './i18n.js';
import { STAGES } from './move.js';
import { stepsEditor, touchLabel, TOUCHPOINTS } from './journey-steps.js';

const REENTRY = ['ONCE', 'CYCLE', 'EVERY'];

const entryText = (j) => (j.entryStage ? t('journey.entersStage', { stage: t(`stage.${j.entryStage}`) }) : t('journey.touchpointRecorded', { type: touchLabel(j.entryTouchpoint) }));

/** Follow-up journeys: the list, a form to write or change one, and who entered and left it. */
export async function journeysPage(view) {
  const [templates, personas] = await Promise.all([all('/api/email-templates'), all('/api/personas')]);
  const ctx = { templates, personas };
  const personaName = Object.fromEntries(personas.map((p) => [p.id, p.name]));
  const list = h('div', { id: 'journey-list' });
  const editor = h('div', {});
  const stats = h('div', {});
  const show = async () => {
    const journeys = await all('/api/journeys');
    list.replaceChildren(journeys.length
      ? table('journeys', [t('journey.name'), t('journey.entry'), t('lead.persona'), t('journey.reentry'), t('journey.steps'), t('content.active'),
        h('span', { class: 'visually-hidden' }, t('actions'))],
      journeys.map((j) => [j.name, entryText(j), personaName[j.personaId] || t('filter.all'), t(`journey.reentry.${j.reentry}`),
        String(j.steps.length), j.active ? t('yes') : t('no'),
        h('button', { type: 'button', class: 'secondary edit', dataset: { id: j.id }, onclick: () => edit(j) },
          t('edit'), h('span', { class: 'visually-hidden' }, ` ${j.name}`))]))
      : h('p', { class: 'empty' }, t('journey.none')));
  };
  const edit = async (journey) => {
    editor.replaceChildren(journeyForm(journey, ctx, show, edit));
    editor.querySelector('input')?.focus();
    stats.replaceChildren(...(journey ? [await statsPanel(journey)] : []));
  };
  await show();
  editor.append(journeyForm(null, ctx, show, edit));
  view.append(h('h1', {}, t('nav.journeys')), h('p', { class: 'muted' }, t('journey.intro')), list, stats, editor);
}

async function statsPanel(journey) {
  const s = await get(`/api/journeys/${journey.id}/stats`);
  const row = (key, value) => [h('dt', {}, t(`journey.stats.${key}`)), h('dd', { id: `journey-${key}` }, number(value))];
  return h('section', { class: 'panel', id: 'journey-stats' },
    h('h2', {}, t('journey.stats', { name: journey.name })),
    h('dl', {}, row('entered', s.entered), row('running', s.running), row('completed', s.completed), row('exited', s.exited)),
    s.exits.length
      ? table('journey-exits', [t('journey.exitReason'), t('journey.count')], s.exits.map((x) => [x.reason, number(x.count)]))
      : h('p', { class: 'empty' }, t('journey.noExits')));
}

function journeyForm(journey, ctx, show, edit) {
  const state = { etag: journey ? `"${journey.version}"` : null };
  const status = saveStatus('journey', async () => {
    const r = await api('GET', `/api/journeys/${journey.id}`);
    state.etag = r.etag;
  });
  const steps = stepsEditor(journey?.steps || [{ kind: 'WAIT', duration: 'P1D' }, { kind: 'SEND', templateId: ctx.templates[0]?.id, marketing: true }], ctx);
  const entry = journey ? (journey.entryStage ? `stage:${journey.entryStage}` : `touchpoint:${journey.entryTouchpoint}`) : 'stage:CUSTOMER';
  const check = (id, label, checked) => h('div', { class: 'check' }, h('input', { type: 'checkbox', id, checked }), h('label', { for: id }, label));
  const form = h('form', { class: 'panel', id: 'journey-form' },
    h('h2', {}, journey ? t('journey.edit', { name: journey.name }) : t('journey.new')),
    h('div', { class: 'form-grid' },
      field('jr-name', t('journey.name'), h('input', { id: 'jr-name', required: true, maxlength: 200, value: journey?.name })),
      field('jr-entryStage', t('journey.entry'), h('select', { id: 'jr-entryStage' },
        h('optgroup', { label: t('journey.byStage') }, STAGES.map((x) => h('option', { value: `stage:${x}`, selected: entry === `stage:${x}` }, t('journey.entersStage', { stage: t(`stage.${x}`) })))),
        h('optgroup', { label: t('journey.byTouchpoint') }, TOUCHPOINTS.map((x) => h('option', { value: `touchpoint:${x}`, selected: entry === `touchpoint:${x}` }, t('journey.touchpointRecorded', { type: touchLabel(x) })))))),
      field('jr-personaId', t('lead.persona'), h('select', { id: 'jr-personaId' },
        options(['', ...ctx.personas.map((p) => p.id)], journey?.personaId || '', (v) => (v ? ctx.personas.find((p) => p.id === v).name : t('filter.all'))))),
      field('jr-reentry', t('journey.reentry'), h('select', { id: 'jr-reentry' }, options(REENTRY, journey?.reentry || 'ONCE', (v) => t(`journey.reentry.${v}`))))),
    check('jr-active', t('content.active'), journey ? journey.active : true),
    steps.element,
    h('fieldset', { id: 'jr-exits' },
      h('legend', {}, t('journey.exits')),
      h('p', { class: 'muted' }, t('journey.exitsHelp')),
      h('div', { class: 'form-grid' },
        field('jr-exitStages', t('journey.exitStages'), h('select', { id: 'jr-exitStages', multiple: true, size: 4 },
          STAGES.map((x) => h('option', { value: x, selected: journey?.exitStages.includes(x) }, t(`stage.${x}`))))),
        field('jr-exitTouchpoints', t('journey.exitTouchpoints'), h('select', { id: 'jr-exitTouchpoints', multiple: true, size: 4 },
          TOUCHPOINTS.map((x) => h('option', { value: x, selected: journey?.exitTouchpoints.includes(x) }, touchLabel(x)))))),
      check('jr-exitOnBounce', t('journey.exitOnBounce'), journey?.exitOnBounce)),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, t('save')),
      journey ? h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, t('journey.newInstead')) : null,
      status.button),
    status.message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.clear(form);
    const el = form.elements;
    const [kind, value] = el['jr-entryStage'].value.split(':');
    const chosen = (select) => [...select.selectedOptions].map((o) => o.value);
    const body = {
      name: el['jr-name'].value.trim(),
      entryStage: kind === 'stage' ? value : null,
      entryTouchpoint: kind === 'touchpoint' ? value : null,
      personaId: el['jr-personaId'].value || null,
      reentry: el['jr-reentry'].value,
      active: el['jr-active'].checked,
      steps: steps.value(),
      exitStages: chosen(el['jr-exitStages']),
      exitTouchpoints: chosen(el['jr-exitTouchpoints']),
      exitOnBounce: el['jr-exitOnBounce'].checked,
    };
    try {
      const r = journey
        ? await api('PUT', `/api/journeys/${journey.id}`, { body, etag: state.etag })
        : await api('POST', '/api/journeys', { body });
      toast(t('saved'));
      await show();
      await edit(r.data);
    } catch (err) {
      status.failed(err, form, (name) => `jr-${name.replace(/\W+/g, '-').replace(/-$/, '')}`);
    }
  });
  return form;
}
