import { api, all, problemText } from './api.js';
import { h, options, table, toast } from './dom.js';
import { t } from './i18n.js';
import { STAGES } from './move.js';
import { session } from './session.js';

export const CHANNELS = ['WEB', 'EMAIL', 'STORE', 'PHONE', 'SOCIAL', 'MOBILE_APP', 'SMS', 'EVENT', 'AFTER_SALES', 'OTHER'];

export const TYPES = ['BLOG_POST', 'SOCIAL_POST', 'LANDING_PAGE', 'INFOGRAPHIC', 'VIDEO', 'GUIDE', 'EBOOK',
  'WHITE_PAPER', 'STUDY_REPORT', 'WEBINAR', 'NEWSLETTER', 'CASE_STUDY', 'DEMO', 'FAQ', 'TESTIMONIAL',
  'PURCHASE_FORM', 'DISCOUNT', 'ONBOARDING_GUIDE', 'REVIEW_REQUEST', 'REFERRAL_INVITATION'];

export async function personasPage(view) {
  const personas = await all('/api/personas');
  const list = (values) => (values || []).join(' · ');
  view.append(
    h('h1', {}, t('nav.personas')),
    table('personas', [t('persona.name'), t('persona.description'), t('persona.age'), t('persona.profession'),
      t('persona.incomeBand'), t('persona.education'), t('persona.values'), t('persona.goals'), t('persona.painPoints'),
      t('persona.channels')],
    personas.map((p) => [p.name, p.description, ageRange(p), p.profession, p.incomeBand, p.education,
      list(p.values), list(p.goals), list(p.painPoints),
      (p.preferredChannels || []).map((c) => t(`channel.${c}`, {}, c)).join(', ')])),
    session.can('personas:write') ? personaForm(view) : null,
  );
}

function ageRange(p) {
  if (p.ageMin == null && p.ageMax == null) return null;
  return t('persona.ageRange', { min: p.ageMin ?? '…', max: p.ageMax ?? '…' });
}

const LISTS = ['values', 'goals', 'painPoints'];
const TEXTS = [['profession', 200], ['incomeBand', 100], ['education', 200]];

/** The whole persona of PRODUCT.md §3: who, what they value and want, what hurts, how to reach them. */
function personaForm(view) {
  const message = h('p', { role: 'alert', id: 'persona-message' });
  const input = (name, attrs = {}) =>
    h('div', { class: 'field' }, h('label', { for: `persona-${name}` }, t(`persona.${name}`)),
      h('input', { id: `persona-${name}`, name, ...attrs }));
  const lines = (name) =>
    h('div', { class: 'field' }, h('label', { for: `persona-${name}` }, `${t(`persona.${name}`)} (${t('persona.onePerLine')})`),
      h('textarea', { id: `persona-${name}`, name, rows: 3 }));
  const channels = h('fieldset', { id: 'persona-channels' }, h('legend', {}, t('persona.channels')),
    CHANNELS.map((c) => h('label', { class: 'check' },
      h('input', { type: 'checkbox', name: 'preferredChannels', value: c }), t(`channel.${c}`))));
  const form = h('form', { class: 'panel', id: 'persona-form' },
    h('h2', {}, t('persona.new')),
    h('div', { class: 'form-grid' },
      input('name', { required: true, maxlength: 100 }),
      input('ageMin', { type: 'number', min: 0, max: 150 }),
      input('ageMax', { type: 'number', min: 0, max: 150 }),
      TEXTS.map(([name, max]) => input(name, { maxlength: max }))),
    h('div', { class: 'field' }, h('label', { for: 'persona-description' }, t('persona.description')),
      h('textarea', { id: 'persona-description', name: 'description', rows: 2, maxlength: 2000 })),
    h('div', { class: 'form-grid' }, LISTS.map(lines)),
    channels,
    h('button', { type: 'submit' }, t('save')), message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    // by name, not form.elements: a control named "values" would meet the collection's own members
    const el = (name) => form.querySelector(`[name="${name}"]`);
    const text = (name) => el(name).value.trim() || null;
    const age = (name) => (el(name).value === '' ? null : Number(el(name).value));
    const body = { name: el('name').value.trim(), description: text('description'), ageMin: age('ageMin'), ageMax: age('ageMax') };
    for (const [name] of TEXTS) body[name] = text(name);
    for (const name of LISTS) body[name] = el(name).value.split('\n').map((x) => x.trim()).filter(Boolean);
    body.preferredChannels = [...form.querySelectorAll('input[name=preferredChannels]:checked')].map((x) => x.value);
    try {
      await api('POST', '/api/personas', { body });
      toast(t('saved'));
      view.replaceChildren();
      await personasPage(view);
    } catch (err) {
      message.className = 'error';
      message.textContent = problemText(err);
    }
  });
  return form;
}

export async function contentPage(view) {
  const items = await all('/api/content?sort=title');
  view.append(
    h('h1', {}, t('nav.content')),
    table('content', [t('content.title'), t('content.type'), t('content.stages'), t('content.active')],
      items.map((c) => [
        c.url ? h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, c.title) : c.title,
        t(`type.${c.type}`, {}, c.type),
        c.stages.map((s) => t(`stage.${s}`)).join(', '),
        c.active ? t('yes') : t('no'),
      ])),
    session.can('content:write') ? contentForm(view) : null,
  );
}

function contentForm(view) {
  const message = h('p', { role: 'alert' });
  const stages = h('select', { id: 'content-stages', name: 'stages', multiple: true, size: 4 },
    options(STAGES.filter((s) => s !== 'LOST'), null, (s) => t(`stage.${s}`)));
  const form = h('form', { class: 'panel', id: 'content-form' },
    h('h2', {}, t('content.new')),
    h('div', { class: 'field' }, h('label', { for: 'content-title' }, t('content.title')), h('input', { id: 'content-title', name: 'title', required: true })),
    h('div', { class: 'field' }, h('label', { for: 'content-type' }, t('content.type')),
      h('select', { id: 'content-type', name: 'type' }, options(TYPES, 'BLOG_POST', (v) => t(`type.${v}`, {}, v)))),
    h('div', { class: 'field' }, h('label', { for: 'content-stages' }, t('content.stages')), stages),
    h('div', { class: 'field' }, h('label', { for: 'content-url' }, 'URL'), h('input', { id: 'content-url', name: 'url', type: 'url' })),
    h('button', { type: 'submit' }, t('save')), message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api('POST', '/api/content', {
        body: {
          title: form.elements.title.value.trim(),
          type: form.elements.type.value,
          stages: stages.selectedOptions.length ? [...stages.selectedOptions].map((o) => o.value) : undefined,
          url: form.elements.url.value.trim() || null,
        },
      });
      toast(t('saved'));
      view.replaceChildren();
      await contentPage(view);
    } catch (err) {
      message.className = 'error';
      message.textContent = err.message;
    }
  });
  return form;
}

export async function gapsPage(view) {
  const gaps = await all('/api/content/gaps');
  view.append(
    h('h1', {}, t('nav.gaps')),
    h('p', {}, t('gaps.intro')),
    gaps.length
      ? table('gaps', [t('persona.name'), t('gaps.stage'), t('gaps.type')],
        gaps.map((g) => [g.personaName + (g.defaultJourney ? ` (${t('gaps.default')})` : ''), t(`stage.${g.stage}`), t(`type.${g.type}`, {}, g.type)]))
      : h('p', { class: 'empty' }, t('gaps.none')),
  );
}

