import { api } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { session } from './session.js';

const AFTER_PURCHASE = ['CUSTOMER', 'LOYAL', 'ADVOCATE'];

/** The lead's personal referral code: shown when it has one, issued on demand for a customer. */
export function referralPanel(lead) {
  const panel = h('section', { class: 'panel', id: 'referral' }, h('h2', {}, t('referral.title')));
  const show = (code) =>
    panel.replaceChildren(panel.firstChild,
      h('p', {}, t('referral.code'), ' ', h('code', { id: 'referral-code' }, code.code)),
      h('p', { id: 'referral-count' }, t('referral.referred', { n: code.referred })));
  const issue = async () => {
    const r = await api('POST', `/api/leads/${lead.id}/referral-code`);
    show(r.data);
  };
  api('GET', `/api/leads/${lead.id}/referral-code`).then((r) => {
    if (r.data.code) return show(r.data);
    const canIssue = session.can('leads:write') && AFTER_PURCHASE.includes(lead.stage);
    panel.append(canIssue
      ? h('button', { type: 'button', id: 'referral-issue', onclick: issue }, t('referral.issue'))
      : h('p', {}, t('referral.none')));
  });
  return panel;
}
