import { api, ApiError, useSession } from './api.js';
import { h } from './dom.js';
import { t, language, setLanguage } from './i18n.js';
import { board } from './board.js';
import { leadPage } from './lead.js';
import { personasPage, contentPage, gapsPage } from './marketing.js';
import { analyticsPage } from './analytics.js';
import { templatesPage } from './templates.js';
import { abTestsPage } from './abtests.js';
import { journeysPage } from './journeys.js';
import { session } from './session.js';
import { importsPage } from './imports.js';
import { outboxPage } from './outbox.js';
import { usersPage, apiKeysPage, webhooksPage } from './admin.js';
import { settingsPage } from './settings.js';

const pages = [
  { path: 'board', label: 'nav.board', permission: 'leads:read', render: board },
  { path: 'personas', label: 'nav.personas', permission: 'personas:read', render: personasPage },
  { path: 'content', label: 'nav.content', permission: 'content:read', render: contentPage },
  { path: 'gaps', label: 'nav.gaps', permission: 'content:read', render: gapsPage },
  { path: 'journeys', label: 'nav.journeys', permission: 'email:write', render: journeysPage },
  { path: 'email-templates', label: 'nav.templates', permission: 'email:write', render: templatesPage },
  { path: 'analytics', label: 'nav.analytics', permission: 'analytics:read', render: analyticsPage },
  { path: 'ab-tests', label: 'nav.abTests', permission: 'analytics:read', render: abTestsPage },
  { path: 'imports', label: 'nav.imports', permission: 'imports:write', render: importsPage },
  { path: 'outbox', label: 'nav.outbox', permission: 'email:read', render: outboxPage },
  { path: 'users', label: 'nav.users', permission: 'users:admin', render: usersPage },
  { path: 'api-keys', label: 'nav.apiKeys', permission: 'users:admin', render: (v) => apiKeysPage(v) },
  { path: 'webhooks', label: 'nav.webhooks', permission: 'webhooks:admin', render: (v) => webhooksPage(v) },
  { path: 'settings', label: 'nav.settings', permission: 'settings:write', render: settingsPage },
];

const main = () => document.getElementById('main');

async function start() {
  document.getElementById('lang').addEventListener('change', (e) => {
    setLanguage(e.target.value);
    route();
  });
  document.getElementById('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  try {
    const { data } = await api('GET', '/api/session');
    loggedIn(data);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
  }
  route();
}

function loggedIn(user) {
  session.user = user;
  useSession(user.csrfToken, () => {
    session.user = null;
    route();
  });
}

async function logout() {
  await api('DELETE', '/api/session').catch(() => {});
  session.user = null;
  go('#/login');
}

function chrome() {
  document.documentElement.lang = language();
  document.title = 'Parcours';
  document.getElementById('lang').value = language();
  document.getElementById('lang-label').textContent = t('language');
  document.getElementById('skip').textContent = t('skip');
  document.getElementById('logout').textContent = t('logout');
  document.getElementById('logout').hidden = !session.user;
  document.getElementById('who').textContent = session.user
    ? `${session.user.name} · ${t(`role.${session.user.role}`)}`
    : '';
  const current = address()[0] || 'board';
  const nav = document.getElementById('nav');
  nav.replaceChildren(
    ...(session.user ? pages.filter((p) => session.can(p.permission)) : []).map((p) =>
      h('a', { href: `#/${p.path}`, 'aria-current': p.path === current ? 'page' : null }, t(p.label)),
    ),
  );
}

/** The page and id named by the address, without the query some pages keep after '?'. */
const address = () => location.hash.split('?')[0].split('/').slice(1);

let rendering = 0;

export async function route() {
  chrome();
  const [name, id] = address();
  const mine = ++rendering;
  const view = h('div', { class: 'view' });
  if (!session.user) {
    view.append(loginForm());
  } else {
    try {
      if (name === 'leads' && id) {
        await leadPage(view, id);
      } else {
        const page = pages.find((p) => p.path === name && session.can(p.permission)) || pages[0];
        await page.render(view);
      }
    } catch (e) {
      view.append(h('p', { class: 'error', role: 'alert' }, e.message));
    }
  }
  // A later navigation wins over a slower earlier one.
  if (mine === rendering) {
    main().replaceChildren(view);
    view.querySelector('[autofocus]')?.focus();
  }
}

/** Goes to a page; renders it even when the address does not change. */
export function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function loginForm() {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const form = h(
    'form',
    { class: 'login', id: 'login-form' },
    h('h1', {}, t('login.title')),
    h('label', { for: 'email' }, t('login.email')),
    h('input', { id: 'email', name: 'email', type: 'email', autocomplete: 'username', required: true, autofocus: true }),
    h('label', { for: 'password' }, t('login.password')),
    h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
    h('button', { type: 'submit', id: 'login-submit' }, t('login.submit')),
    error,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const { data } = await api('POST', '/api/session', {
        body: { email: form.email.value, password: form.password.value },
      });
      loggedIn(data);
      go(!location.hash || location.hash === '#/login' ? '#/board' : location.hash);
    } catch (err) {
      error.textContent = err.status === 401 ? t('login.failed') : err.message;
    }
  });
  return form;
}

start();
