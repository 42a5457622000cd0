import { ApiError, problemText } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

/**
 * The message line of an edit form and its "load the latest version" button. A conflicting change
 * (412) keeps the user's input and offers to load the server's version, whose ETag the next save
 * sends; any other error shows the server's words and marks the fields it names.
 */
export function saveStatus(prefix, reload) {
  const message = h('p', { role: 'alert', id: `${prefix}-message` });
  const button = h('button', { type: 'button', class: 'secondary', id: `${prefix}-reload`, hidden: true }, t('form.reloadKeep'));
  const say = (kind, text) => {
    message.className = kind;
    message.textContent = text;
  };
  button.addEventListener('click', async () => {
    try {
      await reload();
      button.hidden = true;
      say('info', t('form.reloaded'));
    } catch (err) {
      say('error', err.message);
    }
  });
  return {
    message,
    button,
    clear(form) {
      say('', '');
      for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    },
    failed(err, form, idOf) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 412) {
        say('error', t('form.conflict'));
        button.hidden = false;
        return;
      }
      say('error', problemText(err));
      const named = (err.problem.errors || []).map((x) => form.querySelector(`#${idOf(x.field)}`)).filter(Boolean);
      for (const el of named) el.setAttribute('aria-invalid', 'true');
      named[0]?.focus();
    },
  };
}
