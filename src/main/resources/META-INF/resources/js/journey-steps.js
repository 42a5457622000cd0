import { h, options } from './dom.js';
import { t } from './i18n.js';
import { TYPES } from './marketing.js';
import { STAGES } from './move.js';

export const KINDS = ['WAIT', 'SEND', 'ASSIGN', 'BRANCH'];
export const TOUCHPOINTS = ['PAGE_VIEW', 'CONTENT_VIEW', 'FORM_SUBMIT', 'DEMO_REQUEST', 'EMAIL_OPEN', 'EMAIL_CLICK',
  'CALL', 'MEETING', 'STORE_VISIT', 'CART_ABANDONED', 'PURCHASE', 'PAYMENT_FAILED', 'DISCOUNT_REDEEMED', 'REVIEW',
  'REFERRAL', 'SOCIAL_MENTION', 'SUPPORT_REQUEST', 'COMPLAINT', 'OTHER'];
const CONDITIONS = ['TOUCHPOINT_SEEN', 'SCORE_AT_LEAST', 'SCORE_BELOW', 'CONSENT_GIVEN', 'PERSONA', 'STAGE'];
const UNITS = { DAYS: 86400, HOURS: 3600, MINUTES: 60 };
const CONTENT = TYPES.filter((x) => x !== 'DISCOUNT');

export const touchLabel = (x) => t(`touch.${x}`, {}, x);
const typeLabel = (x) => t(`type.${x}`, {}, x);

/** A wait as the server stores it (PT168H) in the largest whole unit: 7 days. */
export function waitOf(iso) {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso || '');
  const seconds = m ? [86400, 3600, 60, 1].reduce((sum, k, j) => sum + k * (+(m[j + 1] || 0)), 0) : 86400;
  const unit = Object.keys(UNITS).find((u) => seconds % UNITS[u] === 0) || 'MINUTES';
  return { n: Math.max(1, Math.round(seconds / UNITS[unit])), unit };
}

const isoOf = (n, unit) => (unit === 'DAYS' ? `P${n}D` : `PT${n}${unit[0]}`);

/** A new step of a kind, with the values a marketer most often wants. */
function blank(kind, ctx) {
  switch (kind) {
    case 'WAIT': return { kind, duration: 'P1D' };
    case 'SEND': return { kind, templateId: ctx.templates[0]?.id, marketing: true };
    case 'ASSIGN': return { kind, contentType: CONTENT[0] };
    default: return { kind, condition: { kind: 'TOUCHPOINT_SEEN', touchpointType: 'PURCHASE' } };
  }
}

/** The step as the API takes it: only the fields its kind uses. */
export function stepBody(s) {
  const pick = (...keys) => Object.fromEntries(keys.filter((k) => s[k] !== undefined && s[k] !== null && s[k] !== '').map((k) => [k, s[k]]));
  switch (s.kind) {
    case 'WAIT': return pick('kind', 'duration');
    case 'SEND': return pick('kind', 'templateId', 'marketing', 'contentTypes', 'discount');
    case 'ASSIGN': return pick('kind', 'contentType');
    default: return pick('kind', 'condition', 'goTo');
  }
}

/** The ordered steps of a journey, each edited in place; ids follow the API's field names. */
export function stepsEditor(initial, ctx) {
  const steps = (initial || []).map((s) => structuredClone(s));
  const list = h('ol', { class: 'steps', id: 'journey-steps' });
  const render = () => list.replaceChildren(...steps.map((s, i) => h('li', {}, stepFields(s, i))));
  const move = (i, by) => {
    steps.splice(i + by, 0, ...steps.splice(i, 1));
    render();
  };
  const stepFields = (s, i) => {
    const id = (name) => `jr-steps-${i}-${name}`;
    const control = (name, label, el) => h('div', { class: 'field' }, h('label', { for: id(name) }, label), el);
    const select = (name, values, selected, label, onchange) =>
      h('select', { id: id(name), onchange: (e) => onchange(e.target.value) }, options(values, selected, label));
    const kind = control('kind', t('journey.step.kind'), select('kind', KINDS, s.kind, (k) => t(`journey.kind.${k}`), (k) => {
      steps[i] = blank(k, ctx);
      render();
    }));
    return h('fieldset', { class: 'step', dataset: { index: i, kind: s.kind } },
      h('legend', {}, t('journey.step', { n: i + 1 })),
      h('div', { class: 'form-grid' }, kind, ...FIELDS[s.kind](s, i, { id, control, select, ctx, steps, render })),
      h('div', { class: 'row-actions' },
        h('button', { type: 'button', class: 'secondary', disabled: i === 0, onclick: () => move(i, -1) }, t('journey.up')),
        h('button', { type: 'button', class: 'secondary', disabled: i === steps.length - 1, onclick: () => move(i, 1) }, t('journey.down')),
        h('button', { type: 'button', class: 'secondary remove', disabled: steps.length === 1, onclick: () => { steps.splice(i, 1); render(); } }, t('delete'))));
  };
  const add = h('button', { type: 'button', class: 'secondary', id: 'journey-add-step', onclick: () => { steps.push(blank('WAIT', ctx)); render(); } }, t('journey.addStep'));
  render();
  return { element: h('div', {}, h('h3', {}, t('journey.steps')), list, add), value: () => steps.map(stepBody) };
}

const FIELDS = {
  WAIT: (s, i, { id, control }) => {
    const w = waitOf(s.duration);
    const n = h('input', { id: id('duration'), type: 'number', min: 1, max: 3650, required: true, value: w.n });
    const unit = h('select', { id: id('unit'), 'aria-label': t('journey.unit') }, options(Object.keys(UNITS), w.unit, (u) => t(`unit.${u}`)));
    const set = () => { s.duration = isoOf(n.value, unit.value); };
    n.addEventListener('input', set);
    unit.addEventListener('change', set);
    return [control('duration', t('journey.wait'), h('div', { class: 'inline' }, n, unit))];
  },
  SEND: (s, i, { id, control, select, ctx, render }) => [
    control('templateId', t('journey.template'), select('templateId', ctx.templates.map((x) => x.id), s.templateId,
      (v) => ctx.templates.find((x) => x.id === v)?.name || v, (v) => { s.templateId = v; })),
    control('contentTypes', t('journey.withContent'), select('contentTypes', ['', ...CONTENT], s.contentTypes?.[0] || '',
      (v) => (v ? typeLabel(v) : t('journey.noContent')), (v) => { s.contentTypes = v ? [v] : undefined; })),
    h('div', { class: 'check' },
      h('input', { type: 'checkbox', id: id('marketing'), checked: s.marketing !== false, onchange: (e) => { s.marketing = e.target.checked; } }),
      h('label', { for: id('marketing') }, t('journey.marketing'))),
    ...discountFields(s, id, control, render),
  ],
  ASSIGN: (s, i, { control, select }) => [
    control('contentType', t('journey.contentType'), select('contentType', CONTENT, s.contentType, typeLabel, (v) => { s.contentType = v; })),
  ],
  BRANCH: (s, i, { id, control, select, ctx, steps, render }) => {
    const c = s.condition;
    const value = {
      TOUCHPOINT_SEEN: () => control('condition-touchpointType', t('journey.touchpoint'),
        select('condition-touchpointType', TOUCHPOINTS, c.touchpointType, touchLabel, (v) => { c.touchpointType = v; })),
      SCORE_AT_LEAST: () => scoreField(c, control, id),
      SCORE_BELOW: () => scoreField(c, control, id),
      CONSENT_GIVEN: () => null,
      PERSONA: () => control('condition-personaId', t('lead.persona'),
        select('condition-personaId', ctx.personas.map((p) => p.id), c.personaId, (v) => ctx.personas.find((p) => p.id === v)?.name, (v) => { c.personaId = v; })),
      STAGE: () => control('condition-stage', t('journey.stage'),
        select('condition-stage', STAGES, c.stage, (v) => t(`stage.${v}`), (v) => { c.stage = v; })),
    };
    const targets = steps.map((_, k) => k + 1).filter((k) => k > i + 1);
    return [
      control('condition-kind', t('journey.condition'), select('condition-kind', CONDITIONS, c.kind, (k) => t(`journey.if.${k}`), (k) => {
        s.condition = { kind: k, ...{ TOUCHPOINT_SEEN: { touchpointType: 'PURCHASE' }, SCORE_AT_LEAST: { score: 50 }, SCORE_BELOW: { score: 50 },
          PERSONA: { personaId: ctx.personas[0]?.id }, STAGE: { stage: 'CUSTOMER' } }[k] };
        render();
      })),
      value[c.kind](),
      // A target the steps no longer reach stays shown, so that the server's refusal makes sense.
      control('goTo', t('journey.then'), select('goTo', [...new Set(['', ...targets, s.goTo ?? ''].map(String))], s.goTo ? String(s.goTo) : '',
        (v) => (v ? t('journey.goTo', { n: v }) : t('journey.end')), (v) => { s.goTo = v ? Number(v) : undefined; })),
    ];
  },
};

function scoreField(c, control, id) {
  return control('condition-score', t('journey.score'), h('input', {
    id: control.id ?? undefined, type: 'number', min: 0, max: 1000000, required: true, value: c.score,
    oninput: (e) => { c.score = e.target.value === '' ? undefined : Number(e.target.value); },
  }));
}

function discountFields(s, id, control, render) {
  const d = s.discount || {};
  const set = (key, v) => {
    s.discount = { ...(s.discount || {}), [key]: v || undefined };
  };
  const kind = control('discount-kind', t('journey.discount'), h('select', {
    id: id('discount-kind'),
    onchange: (e) => {
      const k = e.target.value;
      s.discount = k ? { kind: k, value: s.discount?.value, currency: k === 'AMOUNT' ? s.discount?.currency : undefined } : undefined;
      render();
    },
  }, options(['', 'PERCENT', 'AMOUNT'], d.kind || '', (v) => t(`journey.discount.${v || 'NONE'}`))));
  if (!d.kind) return [kind];
  return [
    kind,
    control('discount-value', t('journey.discountValue'), h('input', { id: id('discount-value'), type: 'number', min: 0, step: '0.01', required: true, value: d.value, oninput: (e) => set('value', e.target.value) })),
    d.kind === 'AMOUNT'
      ? control('discount-currency', t('journey.currency'), h('input', { id: id('discount-currency'), maxlength: 3, required: true, value: d.currency, oninput: (e) => set('currency', e.target.value.toUpperCase()) }))
      : null,
  ];
}
