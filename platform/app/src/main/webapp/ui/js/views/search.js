import { api } from '../api.js';
import { h, notice, show } from '../dom.js';
import { DAMAGE_GRADES, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { fail } from '../main.js';

const PAGE_SIZE = 20;

// The last search of this tab, in memory only (it holds names): coming back from a person shows the same list.
let last = null;

/** Person search: name in kanji or kana, birth date, municipality, damage grade, 要配慮者; paged results. */
export async function searchView() {
  const field = (id, label, hint, input) => h('div', {},
    h('label', { for: id }, label, hint ? h('span', { class: 'hint', id: id + '-hint' }, hint) : null), input);
  const form = h('form', { class: 'panel', id: 'search-form', role: 'search', onsubmit: submit },
    h('div', { class: 'fields' },
      field('name', '氏名（漢字・かな）', '姓から。例: 髙橋 一郎、たかはし',
        h('input', { type: 'search', id: 'name', name: 'name', autocomplete: 'off', 'aria-describedby': 'name-hint' })),
      field('birthDate', '生年月日', '例: 1955-04-12、昭和30年4月12日',
        h('input', { type: 'text', id: 'birthDate', name: 'birthDate', autocomplete: 'off', 'aria-describedby': 'birthDate-hint' })),
      field('municipality', '市区町村コード（住所）', '6桁。例: 172049（輪島市）',
        h('input', { type: 'text', id: 'municipality', name: 'municipality', inputmode: 'numeric', autocomplete: 'off',
          'aria-describedby': 'municipality-hint' })),
      field('careNeeded', '要配慮者', null,
        h('select', { id: 'careNeeded', name: 'careNeeded' },
          h('option', { value: '' }, '指定しない'), h('option', { value: 'true' }, 'はい'), h('option', { value: 'false' }, 'いいえ'))),
      field('sort', '並び順', null,
        h('select', { id: 'sort', name: 'sort' },
          h('option', { value: 'kana' }, 'ふりがな順'), h('option', { value: 'birthDate' }, '生年月日順'),
          h('option', { value: 'municipality' }, '市区町村順'), h('option', { value: '-updatedAt' }, '更新の新しい順')))),
    h('fieldset', {}, h('legend', {}, '住家の被害の状況（いずれか）'),
      DAMAGE_GRADES.map(([code, label]) => h('label', {},
        h('input', { type: 'checkbox', name: 'damageGrade', value: code }), ' ', label))),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'search' }, '検索'),
      h('button', { type: 'reset', class: 'quiet' }, '条件を消す')));
  const results = h('section', { id: 'results', 'aria-live': 'polite' });
  show(h('h1', {}, '人の検索'), form, results);
  if (last) {
    restore(form, last.criteria);
    await list(last.criteria, last.page);
  }

  async function submit(event) {
    event.preventDefault();
    await list(criteriaOf(form), 0);
  }

  async function list(criteria, page) {
    notice(null);
    const query = new URLSearchParams();
    for (const [name, value] of criteria) query.append(name, value);
    query.set('page', page);
    query.set('size', PAGE_SIZE);
    try {
      const found = await api.get(disasterPath('persons?' + query));
      last = { criteria, page };
      results.replaceChildren(...resultList(found, (next) => list(criteria, next)));
    } catch (error) {
      results.replaceChildren();
      fail(error);
    }
  }
}

function criteriaOf(form) {
  return [...new FormData(form).entries()].filter(([, value]) => String(value).trim() !== '')
    .map(([name, value]) => [name, String(value).trim()]);
}

function restore(form, criteria) {
  for (const [name, value] of criteria) {
    const inputs = form.querySelectorAll(`[name="${name}"]`);
    for (const input of inputs) {
      if (input.type === 'checkbox') input.checked ||= input.value === value; else input.value = value;
    }
  }
}

function resultList(found, goTo) {
  if (found.total === 0) return [h('h2', {}, '検索結果'), h('p', {}, '条件に合う人は見つかりませんでした。')];
  const from = found.page * found.size + 1;
  const to = found.page * found.size + found.persons.length;
  const pager = h('nav', { class: 'pager', 'aria-label': '検索結果のページ' },
    h('button', { type: 'button', class: 'quiet', disabled: found.page === 0, onclick: () => goTo(found.page - 1) }, '前へ'),
    h('span', {}, `全${found.total}件中 ${from}〜${to}件目`),
    h('button', { type: 'button', class: 'quiet', disabled: found.page + 1 >= found.pages, onclick: () => goTo(found.page + 1) }, '次へ'));
  const table = h('table', { id: 'persons' },
    h('caption', {}, '検索結果（氏名を選ぶと詳細を表示します）'),
    h('thead', {}, h('tr', {}, ['氏名', 'ふりがな', '生年月日', '性別', '住所', '居所', '住家の被害', '要配慮者', '記録数']
      .map((title) => h('th', { scope: 'col' }, title)))),
    h('tbody', {}, found.persons.map((p) => h('tr', { dataset: { personId: p.personId } },
      h('td', {}, h('a', { href: `#/persons/${p.personId}` }, p.fullName ?? p.fullNameKana ?? '（氏名なし）')),
      h('td', {}, valueText(p.fullNameKana)), h('td', {}, valueText(p.birthDate)), h('td', {}, valueText(p.sexLabel)),
      h('td', {}, valueText(p.address)), h('td', {}, valueText(p.whereabouts)),
      h('td', {}, valueText(p.damageGradeLabel)), h('td', {}, p.careNeeded ? 'はい' : '—'),
      h('td', {}, String(p.recordCount))))));
  return [h('h2', {}, '検索結果'), pager, table];
}
