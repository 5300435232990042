import { api } from '../api.js';
import { formError, h, notice, show, status } from '../dom.js';
import { AGREEMENT, FIELD_LABELS, timeText, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { labelsOf, recordCard } from './ledger.js';
import { fail } from '../main.js';

const PAGE_SIZE = 20;
let page = 0;

function nameOf(detail) {
  return detail?.items?.fullName?.value ?? detail?.items?.fullNameKana?.value ?? '（氏名なし）';
}

/** The open reviews, oldest first: which record, which candidate, the score; each opens side by side. */
export async function reviewsView() {
  const queue = await api.get(disasterPath(`reviews?page=${page}&size=${PAGE_SIZE}`));
  if (queue.reviews.length === 0 && page > 0) {
    page = 0;
    return reviewsView();
  }
  const pages = Math.max(1, Math.ceil(queue.total / PAGE_SIZE));
  show(h('h1', {}, '名寄せの確認'),
    h('p', {}, '自動では同じ人かどうか決められなかった記録です。古いものから順に並んでいます。'),
    queue.total === 0 ? h('p', { id: 'no-reviews' }, '確認を待っている記録はありません。') : [
      h('p', {}, `確認待ち: 全${queue.total}件（${queue.page + 1}/${pages}ページ）`),
      h('table', { id: 'reviews' },
        h('caption', {}, '確認待ちの記録'),
        h('thead', {}, h('tr', {}, ['この記録の人', '候補者', '点数', '記録の出どころ', '判定日時', '']
          .map((title) => h('th', { scope: 'col' }, title)))),
        h('tbody', {}, queue.reviews.map((review) => h('tr', { dataset: { reviewId: review.id } },
          h('td', {}, nameOf(review.person)), h('td', {}, nameOf(review.candidate)),
          h('td', {}, review.score == null ? '—' : review.score.toFixed(1)),
          h('td', {}, `${review.record.kindName ?? ''} ${review.record.fileName ?? ''}`),
          h('td', {}, timeText(review.flaggedAt)),
          h('td', {}, h('a', { href: `#/reviews/${review.id}`, 'data-open-review': review.id,
            'aria-label': `${nameOf(review.person)} と ${nameOf(review.candidate)} を比べて確認する` }, '比べて確認する')))))),
      h('nav', { class: 'pager', 'aria-label': '確認待ちのページ' },
        h('button', { type: 'button', class: 'quiet', disabled: page === 0, onclick: () => { page -= 1; reviewsView().catch(fail); } }, '前へ'),
        h('button', { type: 'button', class: 'quiet', disabled: page + 1 >= pages, onclick: () => { page += 1; reviewsView().catch(fail); } }, '次へ')),
    ]);
}

// The API lists open reviews page by page; one review is found by reading the queue (at most 100 a page).
async function findReview(linkId) {
  for (let index = 0; ; index += 1) {
    const queue = await api.get(disasterPath(`reviews?page=${index}&size=100`));
    const found = queue.reviews.find((review) => review.id === linkId);
    if (found) return found;
    if ((index + 1) * 100 >= queue.total || queue.reviews.length === 0) return null;
  }
}

/** One review: the record's person and the candidate side by side with the agreement of each item, and the decision. */
export async function reviewView(linkId) {
  const review = await findReview(linkId);
  if (!review) {
    show(h('p', {}, h('a', { href: '#/reviews' }, '← 確認待ちの一覧に戻る')), h('h1', {}, '名寄せの確認'),
      h('p', {}, 'この確認は既に済んでいるか、見つかりません。'));
    return;
  }
  const labels = { ...FIELD_LABELS, ...labelsOf(review.person, review.candidate) };
  const form = decisionForm(review);
  show(
    h('p', {}, h('a', { href: '#/reviews' }, '← 確認待ちの一覧に戻る')),
    h('h1', {}, `${nameOf(review.person)} と ${nameOf(review.candidate)} は同じ人ですか`),
    h('p', {}, `点数 ${review.score == null ? '—' : review.score.toFixed(1)}：自動で統合する基準に達しなかったため、職員の判断を待っています。`),
    (review.evidence?.guards ?? []).length === 0 ? null
      : h('p', {}, '自動統合を止めた理由: ', review.evidence.guards.join('、')),
    comparison(review, labels),
    h('h2', {}, '判断'),
    form,
    h('h2', {}, '確認の対象になった記録'),
    recordCard(review.record, labels),
    h('details', {}, h('summary', {}, `${nameOf(review.person)} さんの記録（${review.person.records.length}件）`),
      review.person.records.map((record) => recordCard(record, labels))),
    h('details', {}, h('summary', {}, `候補者 ${nameOf(review.candidate)} さんの記録（${review.candidate.records.length}件）`),
      review.candidate.records.map((record) => recordCard(record, labels))));
}

function comparison(review, labels) {
  const agreement = review.evidence?.agreement ?? {};
  const keys = [...new Set([...Object.keys(agreement), ...Object.keys(review.person.items ?? {}),
    ...Object.keys(review.candidate.items ?? {})])];
  return h('table', { class: 'compare', id: 'comparison' },
    h('caption', {}, '項目ごとの比較（一致度は自動照合の判定）'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '項目'),
      h('th', { scope: 'col', id: 'side-person' }, `この記録の人: ${nameOf(review.person)}`),
      h('th', { scope: 'col', id: 'side-candidate' }, `候補者: ${nameOf(review.candidate)}`),
      h('th', { scope: 'col' }, '一致度'))),
    h('tbody', {}, keys.map((key) => {
      const left = cell(review.person.items?.[key]);
      const right = cell(review.candidate.items?.[key]);
      const level = agreement[key];
      const differs = left !== right;
      return h('tr', { dataset: { field: key } },
        h('th', { scope: 'row' }, labels[key] ?? key),
        h('td', { class: differs ? 'differs' : null, headers: 'side-person' }, left),
        h('td', { class: differs ? 'differs' : null, headers: 'side-candidate' }, right),
        h('td', { class: 'agreement' }, level
          ? h('span', { class: `tag level-${level}` }, AGREEMENT[level] ?? level)
          : h('span', { class: 'muted' }, '照合に使わない項目')));
    })));
}

function cell(item) {
  if (!item) return '—';
  return item.withheld ? '（表示しません）' : valueText(item.value);
}

function decisionForm(review) {
  const reason = h('textarea', { id: 'reason', name: 'reason', required: true, maxlength: 1000,
    'aria-describedby': 'reason-hint' });
  const message = h('p', { id: 'reason-error', class: 'error-text', hidden: true });
  const result = h('div', { id: 'decision-result', 'aria-live': 'polite' });
  const buttons = [
    h('button', { type: 'button', class: 'merge', id: 'same-person', onclick: () => decide('same-person') },
      '同一人物として統合する'),
    h('button', { type: 'button', class: 'reject', id: 'different-persons', onclick: () => decide('different-persons') },
      '別人として確定する'),
  ];
  const form = h('form', { class: 'panel', id: 'decision', onsubmit: (event) => event.preventDefault() },
    h('label', { for: 'reason' }, '判断の理由（必須）',
      h('span', { class: 'hint', id: 'reason-hint' },
        '記録に残り、監査で確認されます。例: 本人に電話で確認した、双子の兄弟。統合は後から取り消せます。')),
    reason, message, h('div', { class: 'actions' }, buttons), result);

  async function decide(decision) {
    notice(null);
    if (reason.value.trim() === '') {
      formError(message, '理由を入力してください。', reason);
      return;
    }
    message.hidden = true;
    reason.removeAttribute('aria-invalid');
    buttons.forEach((button) => { button.disabled = true; });
    try {
      const decided = await api.post(disasterPath(`reviews/${review.id}/decision`), { decision, reason: reason.value.trim() });
      const text = decision === 'same-person'
        ? `同一人物として統合しました（判断した人: ${decided.decidedBy}、${timeText(decided.decidedAt)}）。`
        : `別人として確定しました（判断した人: ${decided.decidedBy}、${timeText(decided.decidedAt)}）。`;
      status(text);
      reason.disabled = true;
      result.replaceChildren(h('p', {}, text),
        h('p', {}, h('a', { href: `#/persons/${decided.personId}` }, 'この記録の人の台帳を表示'), '　',
          h('a', { href: '#/reviews', id: 'back-to-queue' }, '確認待ちの一覧に戻る')));
    } catch (error) {
      buttons.forEach((button) => { button.disabled = false; });
      fail(error);
    }
  }
  return form;
}
