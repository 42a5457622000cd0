import { ApiError, csrf, get } from './api.js';
import { h, table } from './dom.js';
import { t, number, dateTime } from './i18n.js';

// Where a running import is, in order: its processing bar moves one step per phase.
const PHASES = ['RECEIVED', 'COPYING', 'WRITING', 'DONE'];
const POLL_MS = 500;

/** Uploads a CSV of leads, shows its progress while sent and while processed, then its row report. */
export async function importsPage(view) {
  const sending = h('progress', { id: 'import-sending', max: 100, value: 0 });
  const processing = h('progress', { id: 'import-processing', max: PHASES.length - 1, value: 0 });
  const sendingText = h('span', { id: 'import-sending-text' });
  const processingText = h('span', { id: 'import-processing-text' });
  const bars = h('div', { class: 'panel', id: 'import-progress', hidden: true },
    h('div', { class: 'field' }, h('label', { for: 'import-sending' }, t('import.sending')), sending, sendingText),
    h('div', { class: 'field' }, h('label', { for: 'import-processing' }, t('import.processing')), processing, processingText));
  const message = h('p', { role: 'alert', id: 'import-message' });
  const report = h('section', { id: 'import-report', 'aria-live': 'polite' });
  const file = h('input', { id: 'import-file', name: 'file', type: 'file', accept: '.csv,text/csv', required: true });
  const form = h('form', { class: 'panel', id: 'import-form' },
    h('p', {}, t('import.help')),
    h('div', { class: 'field' }, h('label', { for: 'import-file' }, t('import.file')), file),
    h('button', { type: 'submit' }, t('import.upload')),
    message);

  const watch = async (id) => {
    bars.hidden = false;
    for (;;) {
      const i = await get(`/api/imports/${id}`);
      const phase = i.status === 'RUNNING' ? i.phase : i.status === 'RECEIVED' ? 'RECEIVED' : 'DONE';
      processing.value = PHASES.indexOf(phase);
      processingText.textContent = ` ${t(`import.${i.status}`)}${i.status === 'RUNNING' ? ` · ${t(`import.phase.${i.phase}`, {}, i.phase)}` : ''}`;
      if (i.status === 'COMPLETED' || i.status === 'FAILED') {
        await showReport(report, i);
        return;
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = file.files[0];
    if (!chosen) return;
    message.className = '';
    message.textContent = '';
    report.replaceChildren();
    bars.hidden = false;
    sending.value = 0;
    processing.value = 0;
    processingText.textContent = '';
    try {
      const started = await upload(chosen, (sent, total) => {
        sending.value = total ? Math.round((sent / total) * 100) : 0;
        sendingText.textContent = ` ${sending.value} %`;
      });
      sending.value = 100;
      sendingText.textContent = ' 100 %';
      if (started.status === 200) {
        message.className = 'info';
        message.textContent = t('import.again');
      }
      history.replaceState(null, '', `#/imports?id=${started.data.id}`);
      await watch(started.data.id);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      message.className = 'error';
      message.textContent = err.message;
    }
  });

  view.append(h('h1', {}, t('nav.imports')), form, bars, report);
  const shown = new URLSearchParams(location.hash.split('?')[1] || '').get('id');
  if (shown) await watch(shown);
}

/** POSTs the file with XMLHttpRequest, whose upload reports progress as fetch does not. */
function upload(chosen, progress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/imports/leads?fileName=${encodeURIComponent(chosen.name)}`);
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrf()) xhr.setRequestHeader('X-CSRF-Token', csrf());
    xhr.upload.addEventListener('progress', (e) => progress(e.loaded, e.lengthComputable ? e.total : chosen.size));
    xhr.addEventListener('load', () => {
      let data = {};
      try {
        data = JSON.parse(xhr.responseText || '{}');
      } catch {
        data = { detail: xhr.responseText };
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve({ status: xhr.status, data });
      else reject(new ApiError(xhr.status, data));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { detail: t('import.networkError') })));
    xhr.send(chosen);
  });
}

async function showReport(section, i) {
  const count = (key, value) => [h('dt', {}, t(`import.${key}`)), h('dd', { id: `import-${key}` }, number(value))];
  // replaceChildren would write a null as the text "null"
  section.replaceChildren(...[
    h('h2', {}, t('import.report', { name: i.fileName || i.id })),
    h('p', { id: 'import-status', class: i.status === 'FAILED' ? 'error' : 'info' },
      t(`import.${i.status}`), i.finishedAt ? ` · ${dateTime(i.finishedAt)}` : ''),
    i.error ? h('p', { class: 'error', id: 'import-error' }, i.error) : null,
    i.status === 'COMPLETED'
      ? h('dl', { id: 'import-counts' },
        count('totalRows', i.totalRows), count('created', i.created), count('updated', i.updated),
        count('unchanged', i.unchanged), count('rejected', i.rejected))
      : null,
  ].filter(Boolean));
  if (i.status !== 'COMPLETED' || !i.rejected) return;
  const rows = h('tbody', {});
  const more = h('button', { type: 'button', class: 'secondary', id: 'import-more', hidden: true }, t('import.more'));
  let cursor = null;
  const load = async () => {
    const page = await get(`/api/imports/${i.id}/errors?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    rows.append(...page.items.map((e) => h('tr', {}, h('td', {}, number(e.row)), h('td', {}, e.email ?? '—'), h('td', {}, e.message))));
    cursor = page.nextCursor;
    more.hidden = !cursor;
  };
  more.addEventListener('click', load);
  const errors = table('import-errors', [t('import.row'), t('lead.email'), t('import.why')], []);
  errors.querySelector('tbody').replaceWith(rows);
  section.append(
    h('h3', {}, t('import.rejectedRows')),
    h('p', {}, h('a', { href: `/api/imports/${i.id}/rejected.csv`, download: 'rejected-rows.csv', id: 'import-download' }, t('import.download'))),
    errors,
    more,
  );
  await load();
}
