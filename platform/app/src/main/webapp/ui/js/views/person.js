import { api } from '../api.js';
import { mayDecide } from '../access.js';
import { h, show } from '../dom.js';
import { AGREEMENT, DECISIONS, FIELD_LABELS, timeText, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { itemsTable, labelsOf, recordCard, recordHandle } from './ledger.js';
import { correctionForm } from './correction.js';
import { mergeHistory } from './merges.js';

/**
 * A person's ledger entry: the derived items with their sources, the household, the source records, the history of
 * links and merges; for whoever may decide, a correction form and the undoing of merges. `after` is what the
 * last change here did: a message to show under the heading and the item it changed.
 */
export async function personView(personId, after = {}) {
  const [person, decide] = await Promise.all([api.get(disasterPath('persons/' + personId)),
    mayDecide().catch(() => false)]);
  const labels = { ...FIELD_LABELS, ...labelsOf(person) };
  const name = person.items?.fullName?.value ?? person.items?.fullNameKana?.value ?? '（氏名なし）';
  const merges = await mergeHistory(person, decide, async (undone, names) => {
    await personView(personId, { message: undoneMessage(undone, names) });
  });
  show(
    h('p', {}, h('a', { href: '#/search' }, '← 検索結果に戻る')),
    h('h1', {}, `${name} さんの台帳`),
    after.message ?? null,
    person.absorbed ? h('p', { class: 'notice', role: 'note' }, 'この人は名寄せで別の人に統合されています。',
      h('a', { href: `#/persons/${person.absorbed.survivorId}` }, '統合先を表示')) : null,
    h('h2', {}, '台帳の項目'),
    h('p', { class: 'muted' }, '値は下の記録から導かれています。「根拠の記録」を選ぶと、その記録に移ります。'),
    itemsTable('本人の項目', person.items, 'items'),
    itemsTable('世帯', person.household, 'household'),
    decide && person.active ? correctionForm(person, async (field, correction) => {
      await personView(personId, { message: correctedMessage(field, correction, labels), changed: field });
    }) : null,
    h('h2', {}, `元の記録（${person.records.length}件）`),
    h('section', { id: 'records' }, person.records.map((record) => recordCard(record, labels))),
    merges.section,
    history(person.history?.links ?? []));
  if (after.changed) {
    document.querySelector(`tr[data-item="${after.changed}"]`)?.classList.add('changed');
  }
}

function correctedMessage(field, correction, labels) {
  return h('div', { class: 'status', role: 'status', id: 'change-result' },
    `「${labels[field] ?? field}」の訂正を記録しました（${recordHandle(correction.id)}、職員修正、${timeText(correction.at)}）。`,
    '台帳の値はこの記録から導かれています。');
}

/** After an undo both persons are in the ledger again, each with their own records: links to both. */
function undoneMessage(merge, names) {
  const link = (id, elementId) => h('a', { href: `#/persons/${id}`, id: elementId },
    names.get(id) ? `${names.get(id)} さん` : `番号 ${id.slice(0, 8)} の人`);
  return h('div', { class: 'status', role: 'status', id: 'change-result' },
    `統合を取り消しました（${timeText(merge.undoneAt)}）。統合の前のとおり、2人が別々に台帳に戻りました: `,
    link(merge.survivorId, 'undo-survivor'), '、', link(merge.absorbedId, 'undo-restored'), '（統合されていた人）');
}

function history(links) {
  if (links.length === 0) return null;
  return h('details', { id: 'history' }, h('summary', {}, `結び付けの履歴（${links.length}件）`),
    h('table', {},
      h('thead', {}, h('tr', {}, ['日時', '記録', '判断', '点数', '根拠', '判断した人', '理由']
        .map((title) => h('th', { scope: 'col' }, title)))),
      h('tbody', {}, links.map((link) => h('tr', {},
        h('td', {}, timeText(link.decidedAt)), h('td', {}, recordHandle(link.recordId)),
        h('td', {}, (DECISIONS[link.decision] ?? link.decision) + (link.state === 'ACTIVE' ? '' : '（過去）')),
        h('td', {}, link.score == null ? '—' : link.score.toFixed(1)),
        h('td', {}, link.evidence ? Object.entries(link.evidence.agreement)
          .map(([key, level]) => `${FIELD_LABELS[key] ?? key}: ${AGREEMENT[level] ?? level}`).join('、') : '—'),
        h('td', {}, valueText(link.decidedBy)), h('td', {}, valueText(link.reason)))))));
}
