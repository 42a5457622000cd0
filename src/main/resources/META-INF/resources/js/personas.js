import { get } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const names = new Map();

/** A persona's name, read once per page load. */
export function personaName(id) {
  if (!names.has(id)) names.set(id, get(`/api/personas/${id}`).then((p) => p.name).catch(() => ''));
  return names.get(id);
}

/**
 * A search field for a persona: each word typed asks the API for the personas whose name holds it,
 * offered as suggestions; choosing one by its full name picks its id, emptying the field picks none.
 */
export function personaSearch(id, selected, picked) {
  const list = h('datalist', { id: `${id}-options` });
  const ids = new Map();
  const input = h('input', { id, type: 'search', list: `${id}-options`, autocomplete: 'off', maxlength: 100, 'aria-describedby': `${id}-hint` });
  if (selected) personaName(selected).then((name) => (input.value = name));
  let timer;
  let asked = 0;
  const suggest = async () => {
    const mine = ++asked;
    const q = input.value.trim();
    const page = await get(`/api/personas?limit=20${q ? `&q=${encodeURIComponent(q)}` : ''}`);
    if (mine !== asked) return;
    for (const p of page.items) {
      ids.set(p.name, p.id);
      names.set(p.id, Promise.resolve(p.name));
    }
    list.replaceChildren(...page.items.map((p) => h('option', { value: p.name })));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
    const value = input.value.trim();
    if (!value) picked('');
    else if (ids.has(value)) picked(ids.get(value));
  });
  input.addEventListener('focus', suggest, { once: true });
  return [h('span', { class: 'visually-hidden', id: `${id}-hint` }, t('filter.personaHint')), input, list];
}
