import { api, all, problemText } from './api.js';
import { h, options, table, field, toast } from './dom.js';
import { t, dateTime } from './i18n.js';
import './admin-labels.js';

const ROLES = ['SALES', 'MARKETING', 'ADMIN'];
const SCOPES = ['leads:read', 'leads:write', 'personas:read', 'personas:write', 'touchpoints:read',
  'touchpoints:write', 'content:read', 'content:write', 'email:read', 'email:write', 'analytics:read',
  'events:read', 'webhooks:admin', 'imports:write', 'journey:write'];
const EVENTS = ['lead.created', 'lead.updated', 'lead.deleted', 'lead.stage_changed', 'touchpoint.recorded',
  'content.assigned', 'discount.redeemed', 'email.sent', 'email.failed', 'lead.unsubscribed'];

/** A line that says what went wrong, next to the form that did it. */
const errorLine = (id) => h('p', { class: 'error', role: 'alert', id });

/** Twenty random characters from a readable alphabet: a first password to hand over. */
function generatedPassword() {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const checkboxes = (name, values) =>
  h('div', { class: 'checks' }, values.map((v) => h('label', {},
    h('input', { type: 'checkbox', name, value: v }), ` ${v}`)));

const checked = (form, name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((c) => c.value);

export async function usersPage(view) {
  const users = await all('/api/users');
  const rerender = async () => { view.replaceChildren(); await usersPage(view); };
  const act = async (user, change, done) => {
    const { etag } = await api('GET', `/api/users/${user.id}`);
    await api('PATCH', `/api/users/${user.id}`, { body: change, etag });
    toast(t(done, { email: user.email }));
    await rerender();
  };
  const failure = errorLine('users-error');
  const guard = (fn) => async () => { try { await fn(); } catch (err) { failure.textContent = problemText(err); } };
  view.append(
    h('h1', {}, t('nav.users')),
    failure,
    table('users', [t('users.email'), t('users.name'), t('users.role'), t('users.status'), t('actions')],
      users.map((u) => [u.email, u.name, t(`role.${u.role}`), u.active ? t('users.active') : t('users.disabled'),
        h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'secondary', 'data-user': u.email,
            'aria-label': `${t(u.active ? 'users.disable' : 'users.enable')} ${u.email}`,
            onclick: guard(() => act(u, { active: !u.active }, u.active ? 'users.disabledNow' : 'users.enabledNow')) },
          t(u.active ? 'users.disable' : 'users.enable')),
          h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('users.reset')} ${u.email}`,
            onclick: guard(async () => {
              const password = prompt(t('users.newPassword', { email: u.email }), generatedPassword());
              if (password) await act(u, { password }, 'users.resetDone');
            }) }, t('users.reset')))])),
    inviteForm(rerender),
  );
}

function inviteForm(rerender) {
  const message = errorLine('invite-error');
  const password = h('input', { id: 'invite-password', name: 'password', required: true, minlength: 12, maxlength: 200, autocomplete: 'off', value: generatedPassword() });
  const form = h('form', { class: 'panel', id: 'invite-form' },
    h('h2', {}, t('users.invite')),
    field('invite-email', t('users.email'), h('input', { id: 'invite-email', name: 'email', type: 'email', required: true, maxlength: 254, autocomplete: 'off' })),
    field('invite-name', t('users.name'), h('input', { id: 'invite-name', name: 'name', required: true, maxlength: 200, autocomplete: 'off' })),
    field('invite-role', t('users.role'), h('select', { id: 'invite-role', name: 'role' }, options(ROLES, 'SALES', (r) => t(`role.${r}`)))),
    field('invite-password', t('users.password'), password),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => { password.value = generatedPassword(); } }, t('users.generate')),
      h('button', { type: 'submit', id: 'invite-submit' }, t('users.invite'))),
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { email: form.email.value.trim(), name: form.elements.name.value.trim(), role: form.role.value, password: password.value };
    try {
      await api('POST', '/api/users', { body });
      toast(t('users.invited', { email: body.email }));
      await rerender();
    } catch (err) {
      message.textContent = problemText(err);
    }
  });
  return form;
}

/** A secret shown this once, with a button that copies it. */
function secretBox(id, text, label, secret) {
  const value = h('input', { id, readonly: true, value: secret, class: 'secret', 'aria-label': label, spellcheck: 'false' });
  return h('div', { class: 'panel secret-box', role: 'status' },
    h('p', {}, text),
    h('div', { class: 'actions' }, value,
      h('button', { type: 'button', id: `${id}-copy`, onclick: async () => {
        value.select();
        try { await navigator.clipboard.writeText(secret); } catch { document.execCommand('copy'); }
        toast(t('keys.copied'));
      } }, t('keys.copy'))));
}

export async function apiKeysPage(view, shown = null) {
  const keys = await all('/api/api-keys');
  const rerender = async (secret) => { view.replaceChildren(); await apiKeysPage(view, secret); };
  const failure = errorLine('keys-error');
  view.append(
    h('h1', {}, t('nav.apiKeys')),
    shown ? secretBox('key-secret', t('keys.secret', { name: shown.name }), t('keys.secretLabel'), shown.key) : null,
    failure,
    keys.length
      ? table('api-keys', [t('keys.name'), t('keys.prefix'), t('keys.scopes'), t('keys.created'), t('keys.lastUsed'), t('actions')],
        keys.map((k) => [k.name, h('code', {}, k.prefix), k.scopes.join(', '), dateTime(k.createdAt),
          k.lastUsedAt ? dateTime(k.lastUsedAt) : t('keys.never'),
          k.revokedAt ? t('keys.revoked', { at: dateTime(k.revokedAt) })
            : h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('keys.revoke')} ${k.name}`, onclick: async () => {
              if (!confirm(t('keys.revokeConfirm', { name: k.name }))) return;
              try { await api('DELETE', `/api/api-keys/${k.id}`); await rerender(); } catch (err) { failure.textContent = problemText(err); }
            } }, t('keys.revoke'))]))
      : h('p', { class: 'empty' }, t('keys.none')),
    keyForm(rerender),
  );
}

function keyForm(rerender) {
  const message = errorLine('key-error');
  const form = h('form', { class: 'panel', id: 'key-form' },
    h('h2', {}, t('keys.new')),
    field('key-name', t('keys.name'), h('input', { id: 'key-name', name: 'name', required: true, maxlength: 100, autocomplete: 'off' })),
    h('fieldset', {}, h('legend', {}, t('keys.scopes')), checkboxes('scopes', SCOPES)),
    field('key-rate', t('keys.perMinute'), h('input', { id: 'key-rate', name: 'rate', type: 'number', min: 1, max: 1000000 })),
    h('button', { type: 'submit', id: 'key-submit' }, t('keys.create')),
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const rate = form.rate.value.trim();
    const body = { name: form.elements.name.value.trim(), scopes: checked(form, 'scopes'), requestsPerMinute: rate ? Number(rate) : null };
    try {
      const { data } = await api('POST', '/api/api-keys', { body });
      await rerender(data);
    } catch (err) {
      message.textContent = problemText(err);
    }
  });
  return form;
}

export async function webhooksPage(view, shown = null) {
  const hooks = await all('/api/webhooks');
  const rerender = async (secret) => { view.replaceChildren(); await webhooksPage(view, secret); };
  const failure = errorLine('hooks-error');
  const deliveries = h('div', { id: 'deliveries' });
  const guard = (fn) => async () => { try { await fn(); } catch (err) { failure.textContent = problemText(err); } };
  view.append(
    h('h1', {}, t('nav.webhooks')),
    shown ? secretBox('hook-secret', shown.previousSecretUntil
      ? t('hooks.rotated', { url: shown.url, until: dateTime(shown.previousSecretUntil) })
      : t('hooks.secret', { url: shown.url }), t('hooks.secretLabel'), shown.secret) : null,
    failure,
    hooks.length
      ? table('webhooks', [t('hooks.url'), t('hooks.events'), t('hooks.status'), t('actions')],
        hooks.map((s) => [s.url, s.eventTypes.join(', '),
          [s.active ? t('hooks.active') : t('hooks.off', { reason: s.disabledReason || '' }),
            s.previousSecretUntil ? t('hooks.overlap', { until: dateTime(s.previousSecretUntil) }) : null]
            .filter(Boolean).join(' · '),
          h('div', { class: 'row-actions' },
            h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('hooks.deliveries')} ${s.url}`,
              onclick: guard(() => showDeliveries(deliveries, s, failure)) }, t('hooks.deliveries')),
            s.active ? null : h('button', { type: 'button', class: 'secondary',
              onclick: guard(async () => { await api('POST', `/api/webhooks/${s.id}/enable`); await rerender(); }) }, t('hooks.enable')),
            h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('hooks.rotate')} ${s.url}`,
              onclick: guard(async () => {
                if (!confirm(t('hooks.rotateConfirm', { url: s.url }))) return;
                const { data } = await api('POST', `/api/webhooks/${s.id}/secret/rotate`, { body: {} });
                await rerender(data);
              }) }, t('hooks.rotate')),
            s.previousSecretUntil ? h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('hooks.endOverlap')} ${s.url}`,
              onclick: guard(async () => {
                if (!confirm(t('hooks.endOverlapConfirm', { url: s.url }))) return;
                await api('DELETE', `/api/webhooks/${s.id}/secret/previous`);
                toast(t('hooks.overlapEnded'));
                await rerender();
              }) }, t('hooks.endOverlap')) : null,
            h('button', { type: 'button', class: 'secondary', 'aria-label': `${t('hooks.delete')} ${s.url}`,
              onclick: guard(async () => {
                if (!confirm(t('hooks.deleteConfirm', { url: s.url }))) return;
                await api('DELETE', `/api/webhooks/${s.id}`);
                await rerender();
              }) }, t('hooks.delete')))]))
      : h('p', { class: 'empty' }, t('hooks.none')),
    deliveries,
    hookForm(rerender),
  );
}

async function showDeliveries(box, s, failure) {
  const { data } = await api('GET', `/api/webhooks/${s.id}/deliveries?limit=50`);
  box.replaceChildren(
    h('h2', { tabindex: '-1', id: 'deliveries-title' }, t('hooks.deliveriesOf', { url: s.url })),
    data.items.length
      ? table('webhook-deliveries', [t('hooks.when'), t('hooks.event'), t('hooks.status'), t('hooks.attempts'), t('hooks.response'), t('actions')],
        data.items.map((d) => [dateTime(d.createdAt), d.eventType, d.status, String(d.attempts),
          [d.lastStatusCode, d.lastError].filter((x) => x !== null && x !== undefined).join(' · '),
          h('button', { type: 'button', class: 'secondary', onclick: async () => {
            try {
              await api('POST', `/api/webhooks/${s.id}/deliveries/${d.id}/redeliver`);
              toast(t('hooks.redelivered'));
              await showDeliveries(box, s, failure);
            } catch (err) { failure.textContent = problemText(err); }
          } }, t('hooks.redeliver'))]))
      : h('p', { class: 'empty' }, t('hooks.noDeliveries')),
  );
  box.querySelector('#deliveries-title').focus();
}

function hookForm(rerender) {
  const message = errorLine('hook-error');
  const form = h('form', { class: 'panel', id: 'hook-form' },
    h('h2', {}, t('hooks.new')),
    field('hook-url', t('hooks.url'), h('input', { id: 'hook-url', name: 'url', type: 'url', required: true, maxlength: 2000 })),
    h('fieldset', {}, h('legend', {}, t('hooks.events')), checkboxes('events', EVENTS)),
    field('hook-description', t('hooks.description'), h('input', { id: 'hook-description', name: 'description', maxlength: 500 })),
    h('button', { type: 'submit', id: 'hook-submit' }, t('hooks.create')),
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = { url: form.url.value.trim(), eventTypes: checked(form, 'events'), description: form.description.value.trim() || null };
    try {
      const { data } = await api('POST', '/api/webhooks', { body });
      await rerender(data);
    } catch (err) {
      message.textContent = problemText(err);
    }
  });
  return form;
}
