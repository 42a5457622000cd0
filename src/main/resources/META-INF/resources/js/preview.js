import { get } from './api.js';
import { field, h } from './dom.js';
import { t } from './i18n.js';

/**
 * Renders a template for a lead through the server. The HTML goes into a sandboxed frame as its
 * source document: it never becomes part of this page, and its scripts never run.
 */
export function previewPanel(templates) {
  const result = h('div', { id: 'preview', 'aria-live': 'polite' });
  const message = h('p', { class: 'error', role: 'alert', id: 'preview-message' });
  const q = h('input', { id: 'preview-q', type: 'search', required: true });
  const lead = h('select', { id: 'preview-lead', required: true }, h('option', { value: '' }, t('preview.findFirst')));
  const template = h('select', { id: 'preview-template', required: true },
    templates.map((x) => h('option', { value: x.id }, x.name)));
  const find = h('form', { id: 'preview-find', role: 'search' },
    field('preview-q', t('preview.search'), q),
    h('button', { type: 'submit', class: 'secondary' }, t('preview.find')));
  const show = h('form', { id: 'preview-form' },
    field('preview-template', t('preview.template'), template),
    field('preview-lead', t('preview.lead'), lead),
    h('button', { type: 'submit' }, t('preview.show')));
  find.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    try {
      const found = await get(`/api/leads?limit=20&q=${encodeURIComponent(q.value.trim())}`);
      lead.replaceChildren(...(found.items.length
        ? found.items.map((l) => h('option', { value: l.id }, `${[l.firstName, l.lastName].filter(Boolean).join(' ') || l.email} · ${l.email}`))
        : [h('option', { value: '' }, t('preview.noLead'))]));
      lead.focus();
    } catch (err) {
      message.textContent = err.message;
    }
  });
  show.addEventListener('submit', async (e) => {
    e.preventDefault();
    message.textContent = '';
    try {
      const r = await get(`/api/email-templates/${template.value}/preview?leadId=${encodeURIComponent(lead.value)}`);
      result.replaceChildren(
        h('dl', {},
          h('dt', {}, t('template.subject')), h('dd', { id: 'preview-subject' }, r.subject),
          h('dt', {}, t('preview.locale')), h('dd', {}, r.locale)),
        h('h3', {}, t('template.html')),
        h('iframe', { id: 'preview-html', title: t('preview.htmlTitle'), sandbox: '', referrerpolicy: 'no-referrer', srcdoc: r.html }),
        h('h3', {}, t('template.text')),
        h('pre', { id: 'preview-text' }, r.text));
    } catch (err) {
      message.textContent = err.message;
    }
  });
  return h('section', { class: 'panel', id: 'preview-panel', 'aria-labelledby': 'preview-title' },
    h('h2', { id: 'preview-title' }, t('preview.title')),
    templates.length ? [find, show, message, result] : h('p', { class: 'empty' }, t('template.none')));
}
