import { api } from '../api.js';
import { h, show } from '../dom.js';
import { AGREEMENT, DECISIONS, FIELD_LABELS, timeText, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { itemsTable, labelsOf, recordCard, recordHandle } from './ledger.js';

/** A person's ledger entry: the derived items with their sources, the household, the source records, the history. */
export async function personView(personId) {
  const person = await api.get(disasterPath('persons/' + personId));
  const labels = { ...FIELD_LABELS, ...labelsOf(person) };
  const name = person.items?.fullName?.value ?? person.items?.fullNameKana?.value ?? '（氏名なし）';
  show(
    h('p', {}, h('a', { href: '#/search' }, '← 検索結果に戻る')),
    h('h1', {}, `${name} さんの台帳`),
    person.absorbed ? h('p', { class: 'notice', role: 'note' }, 'この人は名寄せで別の人に統合されています。',
      h('a', { href: `#/persons/${person.absorbed.survivorId}` }, '統合先を表示')) : null,
    h('h2', {}, '台帳の項目'),
    h('p', { class: 'muted' }, '値は下の記録から導かれています。「根拠の記録」を選ぶと、その記録に移ります。'),
    itemsTable('本人の項目', person.items, 'items'),
    itemsTable('世帯', person.household, 'household'),
    h('h2', {}, `元の記録（${person.records.length}件）`),
    h('section', { id: 'records' }, person.records.map((record) => recordCard(record, labels))),
    history(person.history?.links ?? []));
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
