import { ApiError, get } from './api.js';
import { h, options, toast } from './dom.js';
import { t, number } from './i18n.js';
import { STAGES, moveLead } from './move.js';
import { session } from './session.js';
import { personaName, personaSearch } from './personas.js';

const filters = { personaId: '', ownerId: '', source: '', q: '' };

/** The pipeline board: a column per stage; drag a card, or use its "move to" list. */
export async function board(view) {
  // Filters come from the address when it names any, so that a reload or a shared link shows the
  // same board; otherwise the last ones of this visit stay.
  const fromAddress = new URLSearchParams(location.hash.split('?')[1] || '');
  if ([...fromAddress.keys()].some((k) => k in filters)) {
    for (const key of Object.keys(filters)) filters[key] = fromAddress.get(key) || '';
  }
  const owners = session.user.ownLeadsOnly ? [] : await get('/api/owners');
  const error = h('p', { class: 'error', role: 'alert', id: 'board-error' });
  const columns = h('div', { class: 'board', id: 'board' });

  let latest = 0;
  const load = async () => {
    const mine = ++latest;
    const query = new URLSearchParams({ perStage: '50' });
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
    const data = await get(`/api/board?${query}`);
    if (mine !== latest) return; // a newer filter is on its way
    columns.replaceChildren(...data.columns.map((c) => column(c, move)));
    columns.dataset.query = query.toString();
    const kept = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) kept.set(key, value);
    // replaceState, unlike a new hash, does not render the page again
    const onBoard = location.hash === '' || location.hash.startsWith('#/board');
    if (onBoard) history.replaceState(null, '', `#/board${kept.toString() ? `?${kept}` : ''}`);
  };
  const move = async (card, to) => {
    error.textContent = '';
    try {
      if (await moveLead(card.id, to, `"${card.version}"`)) toast(t('board.moved', { name: card.name, stage: t(`stage.${to}`) }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      error.textContent = e.status === 412 ? t('board.stale') : e.message;
    }
    await load();
  };

  view.append(
    h('h1', {}, t('board.title')),
    filterForm(owners, load),
    error,
    columns,
  );
  await load();
}

function filterForm(owners, load) {
  const changed = (key) => (e) => {
    filters[key] = e.target.value.trim();
    load();
  };
  let timer;
  const select = (key, label, choices) =>
    h(
      'label',
      {},
      label,
      h(
        'select',
        { id: `filter-${key}`, onchange: changed(key) },
        h('option', { value: '' }, t('filter.all')),
        choices.map((c) => h('option', { value: c.id, selected: filters[key] === c.id }, c.name)),
      ),
    );
  return h(
    'form',
    { class: 'filters', role: 'search', onsubmit: (e) => e.preventDefault() },
    h('label', {}, t('filter.search'),
      h('input', {
        id: 'filter-q', type: 'search', value: filters.q,
        oninput: (e) => {
          clearTimeout(timer);
          timer = setTimeout(() => changed('q')(e), 250);
        },
      })),
    h('label', {}, t('filter.persona'), ...personaSearch('filter-persona', filters.personaId, (id) => {
      if (id === filters.personaId) return;
      filters.personaId = id;
      load();
    })),
    owners.length ? select('ownerId', t('filter.owner'), owners) : null,
    h('label', {}, t('filter.source'),
      h('input', { id: 'filter-source', value: filters.source, onchange: changed('source') })),
  );
}

function column(c, move) {
  const section = h(
    'section',
    {
      class: 'column',
      dataset: { stage: c.stage },
      'aria-labelledby': `col-${c.stage}`,
      ondragover: (e) => {
        e.preventDefault();
        section.classList.add('over');
      },
      ondragleave: () => section.classList.remove('over'),
      ondrop: (e) => {
        e.preventDefault();
        section.classList.remove('over');
        const card = JSON.parse(e.dataTransfer.getData('application/x-parcours-card') || 'null');
        if (card && card.stage !== c.stage) move(card, c.stage);
      },
    },
    h('h2', { id: `col-${c.stage}` },
      h('span', { class: 'stage-name' }, t(`stage.${c.stage}`)),
      h('span', { class: 'count', 'data-count': c.leads }, c.leads),
    ),
    h('p', { class: 'total' }, t('board.value'), ' ', h('span', { class: 'value' }, number(c.dealValue))),
    h('ol', { class: 'cards' }, c.cards.map((card) => h('li', {}, cardView({ ...card, stage: c.stage }, move)))),
    c.leads > c.cards.length ? h('p', { class: 'more' }, t('board.more', { n: c.leads - c.cards.length })) : null,
  );
  return section;
}

function cardView(card, move) {
  const mayMove = session.can('leads:write');
  return h(
    'article',
    {
      class: `card${card.stalled ? ' stalled' : ''}`,
      draggable: mayMove ? 'true' : null,
      dataset: { leadId: card.id },
      ondragstart: (e) => {
        e.dataTransfer.setData('application/x-parcours-card', JSON.stringify(card));
        e.dataTransfer.effectAllowed = 'move';
      },
    },
    h('h3', {}, h('a', { href: `#/leads/${card.id}`, class: 'lead-link' }, card.name)),
    card.company ? h('p', { class: 'company' }, card.company) : null,
    card.personaId ? personaLine(card.personaId) : null,
    h('p', { class: 'days' }, t('board.days', { n: card.daysInStage }),
      card.stalled ? h('span', { class: 'badge stalled-badge', title: t('board.stalledHint') }, t('board.stalled')) : null),
    mayMove
      ? h('label', { class: 'move' }, h('span', { class: 'visually-hidden' }, t('board.moveTo', { name: card.name })),
        h('select', {
          class: 'move-to',
          onchange: (e) => e.target.value && move(card, e.target.value),
        },
        h('option', { value: '' }, t('board.moveToShort')),
        options(STAGES.filter((s) => s !== card.stage), null, (s) => t(`stage.${s}`))))
      : null,
  );
}

function personaLine(id) {
  const line = h('p', { class: 'persona' });
  personaName(id).then((name) => (line.textContent = name));
  return line;
}
