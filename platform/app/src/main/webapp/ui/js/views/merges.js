// A person's merges (名寄せ): who merged whom, when, why, and their undoing, which asks for a reason and restores both
// persons exactly as they were. An undo that must wait for a later merge says which one, from the API's 409.

import { api, ApiError } from '../api.js';
import { formError, h, notice } from '../dom.js';
import { timeText, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { fail } from '../main.js';

function handle(personId) {
  return `番号 ${personId.slice(0, 8)} の人`;
}

/**
 * The names of the persons the merges name, as each was before the merge: an entry's own name unless it comes from
 * records an active merge moved in (a mistaken merge shows the absorbed person's register name on the survivor), else
 * the name its own records state, the resident register's first; an absorbed person, whose entry has no records, by
 * the records the merge moved.
 */
async function namesOf(person, merges) {
  const ids = [...new Set(merges.flatMap((merge) => [merge.survivorId, merge.absorbedId]))].filter((id) => id !== person.id);
  const entries = [person, ...await Promise.all(ids.map((id) => api.get(disasterPath('persons/' + id)).catch(() => null)))]
    .filter(Boolean);
  const stated = new Map(entries.flatMap((entry) => entry.records.map((record) => [record.id, record.stated?.fullName])));
  const names = new Map();
  for (const entry of entries) {
    const movedIn = new Set(merges.filter((merge) => merge.survivorId === entry.id && !merge.undoneAt)
      .flatMap((merge) => merge.records));
    const name = entry.items?.fullName;
    const own = entry.records.filter((record) => !movedIn.has(record.id))
      .sort((a, b) => (b.kind === 'RESIDENT_REGISTER') - (a.kind === 'RESIDENT_REGISTER'));
    names.set(entry.id, name && name.sources.some((id) => !movedIn.has(id)) ? name.value
      : own.map((record) => record.stated?.fullName).find(Boolean) ?? null);
  }
  for (const merge of merges) {
    if (!names.get(merge.absorbedId)) names.set(merge.absorbedId, merge.records.map((id) => stated.get(id)).find(Boolean));
  }
  return names;
}

/**
 * The merge history of a person, with 「統合を取り消す」 for whoever may decide. `onUndone(merge, names)` is
 * called with the undone merge once the API has undone it.
 */
export async function mergeHistory(person, mayDecide, onUndone) {
  const merges = person.history?.merges ?? [];
  if (merges.length === 0) return { section: null, names: new Map() };
  const names = await namesOf(person, merges);
  const personLink = (id) => h('a', { href: `#/persons/${id}` }, names.get(id) ? `${names.get(id)} さん` : handle(id));
  const describe = (merge) => [personLink(merge.absorbedId), ' を ', personLink(merge.survivorId), ' に統合'];
  const byId = new Map(merges.map((merge) => [merge.id, merge]));

  const reason = h('textarea', { id: 'undo-reason', name: 'reason', required: true, maxlength: 1000,
    'aria-describedby': 'undo-reason-hint' });
  const target = h('p', { id: 'undo-target' });
  const error = h('div', { id: 'undo-error', class: 'error-text', role: 'alert', hidden: true });
  const confirm = h('button', { type: 'submit', class: 'reject', id: 'undo-confirm' }, '統合を取り消す');
  let chosen = null;
  // novalidate: the form says what is missing in its own words, in a live region, instead of the browser's bubble.
  const form = h('form', { class: 'panel', id: 'undo-form', hidden: true, novalidate: true, 'aria-labelledby': 'undo-title',
    onsubmit: undo },
    h('h3', { id: 'undo-title' }, '統合の取り消し'), target,
    h('label', { for: 'undo-reason' }, '取り消す理由（必須）',
      h('span', { class: 'hint', id: 'undo-reason-hint' },
        '統合の前の2人の状態に正確に戻ります。理由は記録に残り、監査で確認されます。例: 別人と本人に電話で確認した。')),
    reason, error,
    h('div', { class: 'actions' }, confirm,
      h('button', { type: 'button', class: 'quiet', onclick: () => { form.hidden = true; } }, 'やめる')));

  function open(merge) {
    chosen = merge;
    target.replaceChildren(`${timeText(merge.decidedAt)} の統合：`, ...describe(merge));
    showError(null);
    reason.value = '';
    form.hidden = false;
    reason.focus();
  }

  function showError(...content) {
    error.replaceChildren(...content.filter(Boolean));
    error.hidden = content.filter(Boolean).length === 0;
    if (error.hidden) reason.removeAttribute('aria-invalid');
  }

  async function undo(event) {
    event.preventDefault();
    notice(null);
    if (reason.value.trim() === '') {
      formError(error, '取り消す理由を入力してください。', reason);
      return;
    }
    showError(null);
    confirm.disabled = true;
    try {
      const undone = await api.post(disasterPath(`merges/${chosen.id}/undo`), { reason: reason.value.trim() });
      await onUndone(undone, names);
    } catch (failure) {
      confirm.disabled = false;
      if (failure instanceof ApiError && failure.status !== 401) {
        showError(...(failure.status === 409 ? laterChanges(failure.problem, byId, describe, open) : [failure.message]));
        reason.focus();
      } else {
        fail(failure);
      }
    }
  }

  const rows = merges.map((merge) => h('tr', { dataset: { mergeId: merge.id } },
    h('td', {}, timeText(merge.decidedAt)), h('td', {}, describe(merge)),
    h('td', {}, valueText(merge.decidedBy)), h('td', {}, valueText(merge.reason)),
    h('td', {}, merge.undoneAt
      ? `取り消し済み（${timeText(merge.undoneAt)}、${valueText(merge.undoneBy)}、理由: ${valueText(merge.undoReason)}）`
      : '統合中'),
    h('td', {}, mayDecide && !merge.undoneAt
      ? h('button', { type: 'button', class: 'quiet', dataset: { undoMerge: merge.id }, onclick: () => open(merge),
        'aria-label': `${timeText(merge.decidedAt)} の統合を取り消す` }, '統合を取り消す')
      : null)));
  const section = h('section', { id: 'merge-history', 'aria-labelledby': 'merges-title' },
    h('h2', { id: 'merges-title' }, `統合の履歴（${merges.length}件）`),
    h('table', { id: 'merges' }, h('caption', {}, '名寄せで統合した人・された人（古い順）'),
      h('thead', {}, h('tr', {}, ['日時', '統合', '判断した人', '理由', '状態', '']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, rows)),
    mayDecide ? form : null);
  return { section, names };
}

/**
 * What the API's 409 says must be undone first, in Japanese: the later merges (each one that is on this page can be
 * chosen at once) and records moved on by later staff decisions. The problem names them in its members
 * `undoMergesFirst` and `moveLinksBackFirst` (ids separated by commas).
 */
function laterChanges(problem, byId, describe, open) {
  const ids = (typeof problem?.undoMergesFirst === 'string' ? problem.undoMergesFirst : '').split(',')
    .map((id) => id.trim()).filter(Boolean);
  const moved = typeof problem?.moveLinksBackFirst === 'string' && problem.moveLinksBackFirst.length > 0;
  if (ids.length === 0 && !moved) {
    return ['ほかの職員が先に処理したか、状態が変わっています。画面を読み込み直してから、もう一度確認してください。'];
  }
  return [
    h('p', {}, 'この統合の後に、これを土台にした変更があるため、まだ取り消せません。新しいものから順に取り消してください。'),
    h('ul', { id: 'undo-first' },
      ids.map((id) => {
        const later = byId.get(id);
        return later
          ? h('li', { dataset: { mergeId: id } }, `先に取り消す統合: ${timeText(later.decidedAt)} の `, ...describe(later), ' ',
            h('button', { type: 'button', class: 'quiet', onclick: () => open(later) }, 'この統合を先に取り消す'))
          : h('li', { dataset: { mergeId: id } }, `先に取り消す統合: 番号 ${id.slice(0, 8)}（統合先の人の台帳から取り消せます）`);
      }),
      moved ? h('li', {}, 'この統合で移した記録が、その後の職員の判断で別の人に付け替えられています。先にその判断を元に戻してください。')
        : null),
  ];
}
