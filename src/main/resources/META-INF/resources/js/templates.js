import { api, all } from './api.js';
import { field, h, table, toast } from './dom.js';
import { saveStatus } from './forms.js';
import { t } from './i18n.js';
import { previewPanel } from './preview.js';

const LOCALES = ['en', 'fr'];
const PARTS = { subject: 'input', html: 'textarea', text: 'textarea' };

/** Email templates: the list, a form to write or change one, and a preview for a lead. */
export async function templatesPage(view) {
  const list = h('div', { id: 'template-list' });
  const editor = h('div', {});
  const preview = h('div', {});
  const show = async () => {
    const templates = await all('/api/email-templates');
    preview.replaceChildren(previewPanel(templates));
    list.replaceChildren(templates.length
      ? table('templates', [t('template.name'), t('template.description'), t('template.locales'), h('span', { class: 'visually-hidden' }, t('actions'))],
        templates.map((x) => [x.name, x.description || '', Object.keys(x.locales).join(', '),
          h('button', { type: 'button', class: 'secondary edit', dataset: { id: x.id }, onclick: () => edit(x) },
            t('edit'), h('span', { class: 'visually-hidden' }, ` ${x.name}`))]))
      : h('p', { class: 'empty' }, t('template.none')));
    return templates;
  };
  const edit = (template) => {
    editor.replaceChildren(templateForm(template, show, edit));
    editor.querySelector('input')?.focus();
  };
  await show();
  editor.append(templateForm(null, show, edit));
  view.append(h('h1', {}, t('nav.templates')), list, editor, preview);
}

function templateForm(template, show, edit) {
  const state = { etag: template ? `"${template.version}"` : null };
  const status = saveStatus('template', async () => {
    const r = await api('GET', `/api/email-templates/${template.id}`);
    state.etag = r.etag;
    await show();
  });
  const locales = [...new Set([...LOCALES, ...Object.keys(template?.locales || {})])];
  const form = h('form', { class: 'panel', id: 'template-form' },
    h('h2', {}, template ? t('template.edit', { name: template.name }) : t('template.new')),
    field('tpl-name', t('template.name'), h('input', { id: 'tpl-name', name: 'name', required: true, maxlength: 200, value: template?.name })),
    field('tpl-description', t('template.description'), h('input', { id: 'tpl-description', name: 'description', maxlength: 1000, value: template?.description })),
    h('p', { class: 'muted', id: 'template-help' }, t('template.help', { unsubscribeUrl: '{unsubscribeUrl}' })),
    h('div', { class: 'locales' }, locales.map((l) => localeFields(l, template?.locales[l]))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit' }, t('save')),
      template ? h('button', { type: 'button', class: 'secondary', onclick: () => edit(null) }, t('template.newInstead')) : null,
      status.button),
    status.message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.clear(form);
    const texts = {};
    for (const l of locales) {
      const values = Object.fromEntries(Object.keys(PARTS).map((p) => [p, form.elements[`${l}.${p}`].value]));
      if (Object.values(values).some((v) => v.trim())) texts[l] = values;
    }
    const body = { name: form.elements.name.value.trim(), description: form.elements.description.value.trim() || null, locales: texts };
    try {
      const r = template
        ? await api('PUT', `/api/email-templates/${template.id}`, { body, etag: state.etag })
        : await api('POST', '/api/email-templates', { body });
      toast(t('saved'));
      await show();
      edit(template ? r.data : null);
    } catch (err) {
      status.failed(err, form, (name) => `tpl-${name.replace(/^locales\W*/, '').replace(/[^A-Za-z0-9-]+/g, '-')}`);
    }
  });
  return form;
}

function localeFields(locale, text) {
  const id = (part) => `tpl-${locale}-${part}`;
  return h('fieldset', { dataset: { locale } },
    h('legend', {}, t(`locale.${locale}`, {}, locale), ` (${locale})`),
    Object.entries(PARTS).map(([part, tag]) =>
      field(id(part), t(`template.${part}`),
        h(tag, {
          id: id(part), name: `${locale}.${part}`, value: text?.[part], class: 'code',
          rows: tag === 'textarea' ? (part === 'html' ? 8 : 5) : null, spellcheck: 'false', 'aria-describedby': 'template-help',
        }))));
}
