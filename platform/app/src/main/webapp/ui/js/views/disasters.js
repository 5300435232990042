import { api } from '../api.js';
import { h, show } from '../dom.js';

const DISASTER = 'tsunagu.disaster';

const STATUS = { ACTIVE: '運用中', CLOSING: '終了手続き中', CLOSED: '終了', ARCHIVED: '保存のみ' };

export function currentDisaster() {
  return JSON.parse(sessionStorage.getItem(DISASTER) ?? 'null');
}

/** The disaster instances the staff member may work in (their grants; every instance for a prefecture admin). */
export async function disastersView() {
  const disasters = await api.get('disasters');
  const chosen = currentDisaster();
  if (disasters.length === 0) {
    show(h('h1', {}, '災害の選択'), h('p', {}, '利用できる災害インスタンスがありません。都道府県の管理者に権限の付与を依頼してください。'));
    return;
  }
  const select = h('select', { id: 'disaster', name: 'disaster' },
    disasters.map((d) => h('option', { value: d.id, selected: chosen?.id === d.id },
      `${d.name}（${STATUS[d.status] ?? d.status}・発生日 ${d.occurredOn ?? '不明'}）`)));
  const form = h('form', {
    class: 'panel', onsubmit: (event) => {
      event.preventDefault();
      const disaster = disasters.find((d) => d.id === select.value);
      sessionStorage.setItem(DISASTER, JSON.stringify({ id: disaster.id, name: disaster.name }));
      window.location.hash = '#/search';
    },
  },
  h('label', { for: 'disaster' }, '作業する災害'), select,
  h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'choose-disaster' }, 'この災害で作業する')));
  show(h('h1', {}, '災害の選択'), form);
}

/** The API path of the chosen instance, e.g. {@code disasters/<id>/persons}. */
export function disasterPath(suffix) {
  return `disasters/${currentDisaster().id}/${suffix}`;
}
