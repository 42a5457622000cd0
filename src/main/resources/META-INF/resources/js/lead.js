import { api, ApiError, get } from './api.js';
import { h, options, toast } from './dom.js';
import { t, number, dateTime } from './i18n.js';
import { leadJourneys } from './lead-journeys.js';
import { moveLead } from './move.js';
import { referralPanel } from './referral.js';
import { session } from './session.js';
import { timeline } from './timeline.js';
import { sendPanel } from './send.js';

const TOUCHPOINTS = { CALL: 'PHONE', MEETING: 'OTHER', STORE_VISIT: 'STORE', OTHER: 'OTHER' };
const CHANNELS = ['PHONE', 'STORE', 'EMAIL', 'WEB', 'SOCIAL', 'MOBILE_APP', 'SMS', 'EVENT', 'AFTER_SALES', 'OTHER'];
const EDITABLE = ['firstName', 'lastName', 'company', 'phone', 'dealValue', 'timeZone'];

/** A lead: details, consent, score, moves, next best content, touchpoints and the timeline. */
export async function leadPage(view, id) {
  const state = { lead: null, etag: null };
  const read = async () => {
    const r = await api('GET', `/api/leads/${id}`);
    state.lead = r.data;
    state.etag = r.etag;
  };
  await read();
  const personas = (await get('/api/personas?limit=200')).items;
  const personaName = Object.fromEntries(personas.map((p) => [p.id, p.name]));

  const details = h('section', { class: 'panel', id: 'details' });
  const history = h('section', { class: 'panel', id: 'timeline-panel' });
  const next = h('section', { class: 'panel', id: 'next-content' });
  const journeys = h('section', { class: 'panel', id: 'lead-journeys-panel' });
  const refresh = async () => {
    await read();
    details.replaceChildren(...detailsView(state.lead, personaName));
    heading.replaceChildren(...title(state.lead));
    await Promise.all([timeline(history, id), nextContent(next, id, refresh), leadJourneys(journeys, id)]);
  };
  const heading = h('h1', {}, ...title(state.lead));
  details.append(...detailsView(state.lead, personaName));

  view.append(
    h('p', {}, h('a', { href: '#/board' }, '← ', t('nav.board'))),
    heading,
    h('div', { class: 'lead-grid' },
      h('div', {},
        details,
        referralPanel(state.lead),
        session.can('leads:write') ? moveForm(state, refresh) : null,
        session.can('leads:write') ? editForm(state, personas, read, refresh) : null),
      h('div', {},
        next,
        session.can('leads:write') ? sendPanel(state.lead, refresh) : null,
        journeys,
        session.can('touchpoints:write') ? touchpointForm(id, refresh) : null,
        history)),
  );
  await Promise.all([timeline(history, id), nextContent(next, id, refresh), leadJourneys(journeys, id)]);
}

/** The server's reasons name stages by their codes: the page names them in its language. */
const stageNames = (text) => text.replace(/\b(DISCOVERY|REFLECTION|DECISION|CUSTOMER|LOYAL|ADVOCATE|LOST)\b/g, (s) => t(`stage.${s}`));

const fullName = (l) => [l.firstName, l.lastName].filter(Boolean).join(' ') || l.email;

function title(lead) {
  return [fullName(lead), ' ', h('span', { class: 'badge stage', id: 'lead-stage' }, t(`stage.${lead.stage}`))];
}

function detailsView(l, personaName) {
  const row = (label, value) => [h('dt', {}, label), h('dd', {}, value ?? '—')];
  const consent = l.consent || {};
  return [
    h('h2', {}, t('lead.details')),
    h('dl', {},
      row(t('lead.email'), l.email),
      row(t('lead.company'), l.company),
      row(t('lead.phone'), l.phone),
      row(t('lead.persona'), personaName[l.personaId]),
      row(t('lead.source'), [l.source?.channel, l.source?.campaign].filter(Boolean).join(' · ') || null),
      row(t('lead.dealValue'), l.dealValue == null ? null : number(l.dealValue)),
      row(t('lead.score'), h('span', { id: 'lead-score' }, l.score)),
      row(t('lead.days'), t('board.days', { n: Math.floor(l.secondsInStage / 86400) })),
      row(t('lead.tags'), (l.tags || []).join(', ') || null),
      row(t('lead.timeZone'), l.timeZone)),
    h('h3', {}, t('lead.consent')),
    h('dl', {},
      row(t('consent.status'), t(`consent.${consent.status || 'UNKNOWN'}`)),
      row(t('consent.basis'), consent.basis ? t(`basis.${consent.basis}`) : null),
      row(t('consent.source'), consent.source),
      row(t('consent.at'), consent.at ? dateTime(consent.at) : null)),
  ];
}

function moveForm(state, refresh) {
  const error = h('p', { class: 'error', role: 'alert', id: 'move-error' });
  const select = h('select', { id: 'move-stage' });
  const form = h('form', { class: 'panel', id: 'move-form' },
    h('h2', {}, t('lead.move')),
    h('label', { for: 'move-stage' }, t('lead.moveTo')), select,
    h('button', { type: 'submit' }, t('lead.moveButton')),
    error);
  get(`/api/leads/${state.lead.id}/stage/targets`).then((targets) =>
    select.append(...options(targets.map((x) => x.stage), null, (s) => t(`stage.${s}`))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    error.textContent = '';
    try {
      if (await moveLead(state.lead.id, select.value, state.etag)) {
        toast(t('board.moved', { name: fullName(state.lead), stage: t(`stage.${select.value}`) }));
        form.replaceWith(moveForm(state, refresh));
        await refresh();
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      error.textContent = err.status === 412 ? t('lead.stale') : err.message;
    }
  });
  return form;
}

/** Edits keep the user's input: on a conflict (412) the form stays filled and says so. */
function editForm(state, personas, read, refresh) {
  const message = h('p', { role: 'alert', id: 'edit-message' });
  const field = (name) =>
    h('div', { class: 'field' },
      h('label', { for: `edit-${name}` }, t(`lead.${name}`)),
      h('input', { id: `edit-${name}`, name, value: state.lead[name] ?? '', type: name === 'dealValue' ? 'number' : 'text', step: name === 'dealValue' ? '0.01' : null }));
  const persona = h('select', { id: 'edit-personaId', name: 'personaId' },
    h('option', { value: '' }, '—'),
    personas.map((p) => h('option', { value: p.id, selected: p.id === state.lead.personaId }, p.name)));
  const reload = h('button', { type: 'button', id: 'edit-reload', hidden: true }, t('lead.reloadKeep'));
  const form = h('form', { class: 'panel', id: 'edit-form' },
    h('h2', {}, t('lead.edit')),
    EDITABLE.map(field),
    h('div', { class: 'field' }, h('label', { for: 'edit-personaId' }, t('lead.persona')), persona),
    h('button', { type: 'submit' }, t('save')), ' ', reload,
    message);
  reload.addEventListener('click', async () => {
    await refresh();
    reload.hidden = true;
    message.className = 'info';
    message.textContent = t('lead.reloaded');
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = {};
    for (const name of EDITABLE) {
      const value = form.elements[name].value.trim();
      body[name] = value === '' ? null : name === 'dealValue' ? Number(value) : value;
    }
    body.personaId = persona.value || null;
    try {
      const r = await api('PATCH', `/api/leads/${state.lead.id}`, { body, etag: state.etag });
      state.lead = r.data;
      state.etag = r.etag;
      message.className = 'info';
      message.textContent = t('lead.saved');
      await refresh();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      message.className = 'error';
      if (err.status === 412) {
        message.textContent = t('lead.conflict');
        reload.hidden = false;
      } else {
        const fields = (err.problem.errors || []).map((x) => `${x.field}: ${x.message}`).join('; ');
        message.textContent = fields ? `${err.message} (${fields})` : err.message;
      }
    }
  });
  return form;
}

async function nextContent(section, id, refresh) {
  const suggestions = await get(`/api/leads/${id}/next-content?limit=5`);
  const mayAssign = session.can('leads:write');
  section.replaceChildren(
    h('h2', {}, t('lead.next')),
    suggestions.items.length
      ? h('ol', { class: 'suggestions' }, suggestions.items.map(({ item, why }) =>
        h('li', { dataset: { contentId: item.id } },
          h('strong', {}, item.title), ' ', h('span', { class: 'badge' }, t(`type.${item.type}`, {}, item.type)),
          why?.length ? h('p', { class: 'why' }, why.map(stageNames).join(' · ')) : null,
          mayAssign
            ? h('button', {
              type: 'button', class: 'assign',
              onclick: async (e) => {
                e.target.disabled = true;
                try {
                  await api('POST', `/api/leads/${id}/assignments`, { body: { contentId: item.id } });
                  toast(t('lead.assigned', { title: item.title }));
                } catch (err) {
                  toast(err.message);
                }
                await refresh();
              },
            }, t('lead.assign'))
            : null)))
      : h('p', { class: 'empty' }, t('lead.noContent')),
  );
}

function touchpointForm(id, refresh) {
  const type = h('select', { id: 'tp-type', name: 'type' }, options(Object.keys(TOUCHPOINTS), 'CALL', (v) => t(`touch.${v}`)));
  const channel = h('select', { id: 'tp-channel', name: 'channel' }, options(CHANNELS, 'PHONE', (v) => t(`channel.${v}`, {}, v)));
  type.addEventListener('change', () => (channel.value = TOUCHPOINTS[type.value]));
  const sentiment = h('select', { id: 'tp-sentiment', name: 'sentiment' },
    options(['NEUTRAL', 'POSITIVE', 'NEGATIVE'], 'NEUTRAL', (v) => t(`sentiment.${v}`)));
  const note = h('textarea', { id: 'tp-note', name: 'note', rows: 2, maxlength: 2000 });
  const message = h('p', { role: 'alert', id: 'tp-message' });
  const form = h('form', { class: 'panel', id: 'touchpoint-form' },
    h('h2', {}, t('lead.logTouch')),
    h('div', { class: 'field' }, h('label', { for: 'tp-type' }, t('touch.type')), type),
    h('div', { class: 'field' }, h('label', { for: 'tp-channel' }, t('touch.channel')), channel),
    h('div', { class: 'field' }, h('label', { for: 'tp-sentiment' }, t('touch.sentiment')), sentiment),
    h('div', { class: 'field' }, h('label', { for: 'tp-note' }, t('touch.note')), note),
    h('button', { type: 'submit' }, t('touch.log')),
    message);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api('POST', `/api/leads/${id}/touchpoints`, {
        body: { type: type.value, channel: channel.value, sentiment: sentiment.value, note: note.value.trim() || null },
      });
      note.value = '';
      message.className = 'info';
      message.textContent = t('touch.logged');
      await refresh();
    } catch (err) {
      message.className = 'error';
      message.textContent = err.message;
    }
  });
  return form;
}
