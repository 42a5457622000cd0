import { get } from './api.js';
import { h, table } from './dom.js';
import { t, language, number } from './i18n.js';

const percent = (value, sign = false) =>
  new Intl.NumberFormat(language(), { style: 'percent', maximumFractionDigits: 1, signDisplay: sign ? 'exceptZero' : 'auto' }).format(value);
const points = (value, sign = true) =>
  t('ab.points', { n: new Intl.NumberFormat(language(), { maximumFractionDigits: 1, signDisplay: sign ? 'exceptZero' : 'auto' }).format(value * 100) });

/** A/B results: per variant group, each variant's conversion and the challenger against the control. */
export async function abTestsPage(view) {
  const report = await get('/api/analytics/ab-tests');
  view.append(
    h('h1', {}, t('nav.abTests')),
    h('p', {}, t('ab.intro', { mde: points(report.minimumDetectableEffect, false) })),
    ...(report.groups.length ? report.groups.map(group) : [h('p', { class: 'empty' }, t('ab.none'))]),
  );
}

function group(g) {
  const role = (v) => (v.contentId === g.control ? t('ab.control') : v.contentId === g.challenger ? t('ab.challenger') : null);
  const id = `ab-${g.group.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return h('section', { class: 'panel ab-group', dataset: { group: g.group }, 'aria-labelledby': id },
    h('h2', { id }, t('ab.group', { name: g.group })),
    h('p', { class: `ab-status ${g.enoughData ? 'enough' : 'not-enough'}` },
      g.enoughData ? t('ab.enough', { n: number(g.requiredPerArm) }) : t('ab.notEnough', { n: number(g.requiredPerArm) })),
    table(null, [t('ab.variant'), t('ab.received'), t('ab.converted'), t('ab.rate')],
      g.variants.map((v) => [
        [v.title, ...(role(v) ? [' ', h('span', { class: 'badge' }, role(v))] : [])],
        number(v.received), number(v.converted), v.rate == null ? '—' : percent(v.rate)])),
    g.challenger ? results(g) : h('p', { class: 'empty ab-none' }, t('ab.noComparison')));
}

function results(g) {
  const row = (key, value) => [h('dt', {}, t(`ab.${key}`)), h('dd', { dataset: { result: key } }, value)];
  const significant = g.pValue != null && g.pValue < 0.05;
  return h('div', { class: 'ab-results' },
    h('dl', {},
      row('lift', g.lift == null ? '—' : percent(g.lift, true)),
      row('difference', points(g.difference)),
      row('ci', t('ab.interval', { low: points(g.ci95[0]), high: points(g.ci95[1]) })),
      row('pValue', g.pValue == null ? '—' : new Intl.NumberFormat(language(), { maximumSignificantDigits: 2 }).format(g.pValue))),
    h('p', { class: 'ab-verdict' },
      !g.enoughData ? t('ab.provisional') : significant ? t('ab.significant') : t('ab.notSignificant')));
}
