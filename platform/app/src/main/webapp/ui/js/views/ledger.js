// Pieces of a ledger entry shared by the person detail and the review screen.

import { h } from '../dom.js';
import { DECISIONS, RULES, timeText, valueText } from '../labels.js';

/** A short, stable handle for a record id, as the item tables cite their sources. */
export function recordHandle(id) {
  return '記録' + id.slice(0, 8);
}

/** The derived items of an entry, each with the records it came from and the rule that chose its value. */
export function itemsTable(caption, items, id) {
  const entries = Object.entries(items ?? {});
  if (entries.length === 0) return h('p', { class: 'muted' }, `${caption}: なし`);
  return h('table', { id },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '項目'), h('th', { scope: 'col' }, '値'),
      h('th', { scope: 'col' }, '根拠の記録'))),
    h('tbody', {}, entries.map(([key, item]) => h('tr', { dataset: { item: key } },
      h('th', { scope: 'row' }, item.label),
      h('td', {}, item.withheld ? '（表示しません）' : valueText(item.value)),
      h('td', {}, (item.sources ?? []).map((source, index) => [index > 0 ? '、' : '',
        h('a', { href: '#record-' + source, onclick: jump(source) }, recordHandle(source))]),
      item.rule ? h('span', { class: 'muted' }, `（${RULES[item.rule] ?? item.rule}）`) : null)))));
}

function jump(recordId) {
  return (event) => {
    event.preventDefault();
    const target = document.getElementById('record-' + recordId);
    if (target) {
      target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView({ block: 'start' });
    }
  };
}

/** One source record: where it came from, who brought it in, what it states and the row as received. */
export function recordCard(record, labels) {
  const stated = Object.entries(record.stated ?? {});
  const received = Object.entries(record.asReceived ?? {});
  return h('article', { class: 'record', id: 'record-' + record.id, 'aria-label': recordHandle(record.id) },
    h('h3', {}, `${recordHandle(record.id)}：${record.kindName ?? record.kind}`),
    h('dl', {},
      h('dt', {}, 'ファイル・行'), h('dd', {}, record.fileName ? `${record.fileName}（${record.row ?? '—'}行目）` : '—'),
      h('dt', {}, '取り込んだ人'), h('dd', {}, valueText(record.receivedBy)),
      h('dt', {}, '受付日時'), h('dd', {}, timeText(record.receivedAt)),
      h('dt', {}, '情報の時点'), h('dd', {}, timeText(record.observedAt)),
      h('dt', {}, '結び付け'), h('dd', {}, DECISIONS[record.decision] ?? valueText(record.decision))),
    stated.length === 0 ? null : h('table', {},
      h('caption', {}, 'この記録に書かれていること'),
      h('tbody', {}, stated.map(([key, value]) => h('tr', {},
        h('th', { scope: 'row' }, labels[key] ?? key), h('td', {}, valueText(value)))))),
    received.length === 0 ? null : h('details', {}, h('summary', {}, '受け取ったままの行を表示'),
      h('table', {}, h('tbody', {}, received.map(([column, value]) => h('tr', {},
        h('th', { scope: 'row' }, column), h('td', {}, valueText(value))))))));
}

/** Labels of the field ids, from the entry's own items (they carry Japanese labels). */
export function labelsOf(...details) {
  const labels = {};
  for (const detail of details) {
    for (const [key, item] of Object.entries({ ...(detail?.items ?? {}), ...(detail?.household ?? {}) })) {
      labels[key] = item.label;
    }
  }
  return labels;
}
