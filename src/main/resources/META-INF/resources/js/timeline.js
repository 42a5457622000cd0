import { get } from './api.js';
import { h } from './dom.js';
import { t, dateTime } from './i18n.js';

const titles = new Map();

async function contentTitle(id) {
  if (!titles.has(id)) {
    titles.set(id, get(`/api/content/${id}`).then((c) => c.title).catch(() => id));
  }
  return titles.get(id);
}

/** The lead's timeline (touchpoints, stage changes, emails…) with the content it received. */
export async function timeline(section, leadId) {
  const [entries, assignments] = await Promise.all([
    get(`/api/leads/${leadId}/timeline?limit=100`),
    get(`/api/leads/${leadId}/assignments?limit=100`),
  ]);
  const received = await Promise.all(
    assignments.items.map(async (a) => ({
      kind: 'CONTENT',
      id: a.id,
      at: a.assignedAt,
      data: { ...a, title: await contentTitle(a.contentId) },
    })),
  );
  // An email not sent yet has no subject: its content's title says what it will send.
  const emails = await Promise.all(entries.items.map(async (e) =>
    e.kind === 'EMAIL' && !e.data.subject && e.data.contentId
      ? { ...e, data: { ...e.data, contentTitle: await contentTitle(e.data.contentId) } }
      : e));
  const all = [...emails, ...received].sort((a, b) => b.at.localeCompare(a.at));
  section.replaceChildren(
    h('h2', {}, t('lead.timeline')),
    all.length
      ? h('ol', { class: 'timeline', id: 'timeline' }, all.map(entry))
      : h('p', { class: 'empty' }, t('lead.noEvents')),
  );
}

function entry(e) {
  return h('li', { class: `entry ${e.kind.toLowerCase()}`, dataset: { kind: e.kind } },
    h('time', { datetime: e.at }, dateTime(e.at)),
    ' ',
    describe(e));
}

function describe({ kind, data }) {
  switch (kind) {
    case 'STAGE_CHANGE':
      return [
        h('strong', {}, t('timeline.stage')), ' ',
        data.from ? `${t(`stage.${data.from}`)} → ` : '',
        t(`stage.${data.to}`),
        data.cause?.type ? h('span', { class: 'muted' }, ` (${t(`cause.${data.cause.type}`)})`) : null,
        data.reason ? h('q', {}, data.reason) : null,
      ];
    case 'TOUCHPOINT':
      return [
        h('strong', {}, t(`touch.${data.type}`, {}, data.type)), ' ',
        h('span', { class: 'muted' }, t(`channel.${data.channel}`, {}, data.channel)),
        data.sentiment === 'NEGATIVE' ? h('span', { class: 'badge negative' }, t('sentiment.NEGATIVE')) : null,
        data.note ? h('p', { class: 'note' }, data.note) : null,
      ];
    case 'CONTENT':
      return [h('strong', {}, t('timeline.content')), ' ', data.title,
        data.automatic ? h('span', { class: 'muted' }, ` (${t('timeline.automatic')})`) : null];
    case 'EMAIL':
      return [h('strong', {}, t('timeline.email')), ' ', data.subject || data.contentTitle || data.template || '', ' ',
        h('span', { class: 'muted' }, data.status ? t(`outbox.${data.status}`) : ''),
        data.reason ? h('p', { class: 'note' }, data.reason) : null];
    default:
      return [h('strong', {}, kind)];
  }
}
