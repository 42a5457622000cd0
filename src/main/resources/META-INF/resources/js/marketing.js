import { api, all } from './api.js';
import { h, options, table, toast } from './dom.js';
import { t } from './i18n.js';
import { STAGES } from './move.js';
import { session } from './session.js';

export const TYPES = ['BLOG_POST', 'SOCIAL_POST', 'LANDING_PAGE', 'INFOGRAPHIC', 'VIDEO', 'GUIDE', 'EBOOK',
  'WHITE_PAPER', 'STUDY_REPORT', 'WEBINAR', 'NEWSLETTER', 'CASE_STUDY', 'DEMO', 'FAQ', 'TESTIMONIAL',
  'PURCHASE_FORM', 'DISCOUNT', 'ONBOARDING_GUIDE', 'REVIEW_REQUEST', 'REFERRAL_INVITATION'];

export async function personasPage(view) {
  const personas = await all('/api/personas');
  view.append(
    h('h1', {}, t('nav.personas')),
    table('personas', [t('persona.name'), t('persona.description'), t('persona.profession'), t('persona.channels')],
      personas.map((p) => [p.name, p.description, p.profession, (p.preferredChannels || []).join(', ')])),
    session.can('personas:write') ? personaForm(view) : null,
  );
}

function personaForm(view) {
  const message = h('p', { role: 'alert' });
  const form = h('form', { class: 'panel', id: 'persona-form' },
    h('h2', {}, t('persona.new')),
    h('div', { class: 'field' }, h('label', { for: 'persona-name' }, t('persona.name')), h('input', { id: 'persona-name', name: 'name', required: true, maxlength: 200 })),
    h('div', { class: 'field' }, h('label', { for: 'persona-description' }, t('persona.description')), h('textarea', { id: 'persona-description', name: 'description', rows: 2 })),
    h('button', { type: 'submit' }, t('save')), message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api('POST', '/api/personas', { body: { name: form.elements.name.value.trim(), description: form.elements.description.value.trim() || null } });
      toast(t('saved'));
      view.replaceChildren();
      await personasPage(view);
    } catch (err) {
      message.className = 'error';
      message.textContent = err.message;
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

