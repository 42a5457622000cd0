import { get } from './api.js';
import { h, table } from './dom.js';
import { t, dateTime } from './i18n.js';

/** The journeys a lead is in or went through: state, why it left, and its next step. */
export async function leadJourneys(section, id) {
  const enrolments = await get(`/api/leads/${id}/journeys`);
  section.replaceChildren(
    h('h2', {}, t('journey.leadTitle')),
    enrolments.length
      ? table('lead-journeys', [t('journey.name'), t('journey.state'), t('journey.next')],
        enrolments.map((e) => [
          e.journeyName,
          h('span', { class: 'enrolment-state', dataset: { state: e.state } }, t(`journey.state.${e.state}`),
            e.exitReason ? ` · ${e.exitReason}` : null,
            e.note ? h('div', { class: 'muted' }, e.note) : null),
          e.next
            ? t('journey.nextStep', { n: e.next.step, kind: t(`journey.kind.${e.next.kind}`), at: dateTime(e.next.at) })
            : '—',
        ]))
      : h('p', { class: 'empty' }, t('journey.leadNone')));
}
