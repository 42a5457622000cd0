import { api, get } from './api.js';
import { t } from './i18n.js';

export const STAGES = ['DISCOVERY', 'REFLECTION', 'DECISION', 'CUSTOMER', 'LOYAL', 'ADVOCATE', 'LOST'];

/**
 * Moves a lead, asking for a reason when the journey's rules want one. A move the rules refuse is
 * still sent: the server's answer says why. Resolves to false when the user cancels.
 */
export async function moveLead(id, to, etag) {
  const targets = await get(`/api/leads/${id}/stage/targets`);
  const target = targets.find((x) => x.stage === to);
  let reason;
  if (target?.reasonRequired) {
    reason = await askReason(to);
    if (reason === null) return false;
  }
  await api('POST', `/api/leads/${id}/stage`, { body: { stage: to, reason }, etag });
  return true;
}

function askReason(to) {
  const dialog = document.getElementById('reason-dialog');
  const text = document.getElementById('reason-text');
  document.getElementById('reason-title').textContent = t('reason.title', { stage: t(`stage.${to}`) });
  document.getElementById('reason-label').textContent = t('reason.label');
  document.getElementById('reason-ok').textContent = t('reason.ok');
  const cancel = document.getElementById('reason-cancel');
  cancel.textContent = t('cancel');
  text.value = '';
  return new Promise((resolve) => {
    const done = () => {
      dialog.removeEventListener('close', done);
      cancel.onclick = null;
      resolve(dialog.returnValue === 'ok' && text.value.trim() ? text.value.trim() : null);
    };
    cancel.onclick = () => dialog.close('cancel');
    dialog.addEventListener('close', done);
    dialog.returnValue = '';
    dialog.showModal();
    text.focus();
  });
}
