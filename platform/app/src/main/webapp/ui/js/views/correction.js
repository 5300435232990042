// A staff correction (職員修正) of one item of a person's entry: a record of its own, with the reason, which wins in the
// derived entry and is traced there like any other source.

import { api, ApiError } from '../api.js';
import { formError, h, notice } from '../dom.js';
import { CORRECTABLE, valueText } from '../labels.js';
import { disasterPath } from './disasters.js';
import { fail } from '../main.js';

/** The form; `onCorrected(field, correction)` is called with the stored correction record. */
export function correctionForm(person, onCorrected) {
  const current = { ...(person.items ?? {}), ...(person.household ?? {}) };
  const item = h('select', { id: 'correction-item', name: 'item', required: true, onchange: describe },
    h('option', { value: '' }, '選択してください'),
    CORRECTABLE.map(([field, label]) => h('option', { value: field }, label)));
  const hint = h('span', { class: 'hint', id: 'correction-value-hint' }, '取り込みファイルと同じ書き方で入力します。');
  const value = h('input', { type: 'text', id: 'correction-value', name: 'value', required: true, autocomplete: 'off',
    'aria-describedby': 'correction-value-hint' });
  const reason = h('textarea', { id: 'correction-reason', name: 'reason', required: true, maxlength: 1000,
    'aria-describedby': 'correction-reason-hint' });
  const error = h('p', { id: 'correction-error', class: 'error-text', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', id: 'correct' }, '訂正を記録する');
  const form = h('form', { class: 'panel', id: 'correction', novalidate: true, 'aria-labelledby': 'correction-title',
    onsubmit: send },
    h('h2', { id: 'correction-title' }, '台帳の訂正'),
    h('p', {}, '元の記録は書き換えず、訂正を新しい記録（職員修正）として残します。台帳の値はその記録から導かれます。'),
    h('div', { class: 'fields' },
      h('div', {}, h('label', { for: 'correction-item' }, '訂正する項目'), item),
      h('div', {}, h('label', { for: 'correction-value' }, '正しい値', hint), value)),
    h('label', { for: 'correction-reason' }, '訂正の理由（必須）',
      h('span', { class: 'hint', id: 'correction-reason-hint' }, '記録に残り、監査で確認されます。例: 本人が窓口で申告した。')),
    reason, error, h('div', { class: 'actions' }, submit));

  function describe() {
    const example = CORRECTABLE.find(([field]) => field === item.value)?.[2];
    const now = current[item.value];
    hint.textContent = item.value === ''
      ? '取り込みファイルと同じ書き方で入力します。'
      : `現在の値: ${now ? (now.withheld ? '（表示しません）' : valueText(now.value)) : 'なし'}。書き方の例: ${example}`;
  }

  async function send(event) {
    event.preventDefault();
    notice(null);
    for (const field of [item, value, reason]) field.removeAttribute('aria-invalid');
    error.hidden = true;
    if (item.value === '') return formError(error, '訂正する項目を選んでください。', item);
    if (value.value.trim() === '') return formError(error, '正しい値を入力してください。', value);
    if (reason.value.trim() === '') return formError(error, '訂正の理由を入力してください。', reason);
    submit.disabled = true;
    try {
      const correction = await api.post(disasterPath(`persons/${person.id}/corrections`),
        { items: { [item.value]: value.value.trim() }, reason: reason.value.trim() });
      await onCorrected(item.value, correction);
    } catch (failure) {
      submit.disabled = false;
      if (failure instanceof ApiError && failure.status !== 401) {
        formError(error, failure.message, failure.status === 400 && failure.field !== 'reason' ? value : null);
      } else {
        fail(failure);
      }
    }
  }
  return form;
}
