import { ApiError, api, get } from './api.js';
import { h, options, toast } from './dom.js';
import { t, dateTime } from './i18n.js';
import { TYPES } from './marketing.js';

const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`);

/**
 * Sends a content item to the lead by email, through the outbox. One Idempotency-Key per choice:
 * sending again after a lost answer cannot send twice; a new choice takes a new key.
 */
export function sendPanel(lead, refresh) {
  const type = h('select', { id: 'send-type', name: 'type' }, options(TYPES.filter((x) => x !== 'DISCOUNT'), 'CASE_STUDY', (v) => t(`type.${v}`)));
  const item = h('select', { id: 'send-content', name: 'contentId', required: true });
  const message = h('p', { role: 'alert', id: 'send-message' });
  const button = h('button', { type: 'submit', id: 'send-submit' }, t('send.button'));
  let key = newKey();
  const items = async () => {
    const page = await get(`/api/content?active=true&type=${type.value}&sort=title&limit=200`);
    item.replaceChildren(...page.items.map((c) => h('option', { value: c.id }, c.title)));
    if (!page.items.length) item.append(h('option', { value: '' }, t('send.noItem')));
    key = newKey();
  };
  type.addEventListener('change', items);
  item.addEventListener('change', () => (key = newKey()));
  const form = h('form', { class: 'panel', id: 'send-form' },
    h('h2', {}, t('send.title')),
    h('p', { class: 'muted' }, t('send.help')),
    h('div', { class: 'field' }, h('label', { for: 'send-type' }, t('content.type')), type),
    h('div', { class: 'field' }, h('label', { for: 'send-content' }, t('send.item')), item),
    button,
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!item.value) return;
    button.disabled = true;
    try {
      const { data } = await api('POST', `/api/leads/${lead.id}/emails`, {
        body: { contentId: item.value },
        headers: { 'Idempotency-Key': key },
      });
      key = newKey();
      message.className = 'info';
      message.textContent = data.reason
        ? t('send.postponed', { due: dateTime(data.dueAt) })
        : t('send.queued');
      toast(message.textContent);
      await refresh();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      message.className = 'error';
      const status = err.problem?.consentStatus;
      message.textContent = status ? t('send.noConsent', { status: t(`consent.${status}`) }) : err.message;
    } finally {
      button.disabled = false;
    }
  });
  items();
  return form;
}
