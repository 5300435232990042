// The ledger export: the whole ledger of the chosen disaster (the persons in the staff member's scope) as the standard
// CSV, UTF-8 or Shift_JIS. Fetched with the bearer token and saved from a blob (the CSP allows nothing else); the
// export is recorded by the API with its purpose before the file leaves.

import { api, ApiError } from '../api.js';
import { mayExport } from '../access.js';
import { formError, h, notice, show, status } from '../dom.js';
import { currentDisaster } from './disasters.js';
import { fail } from '../main.js';

const ENCODINGS = [
  ['utf-8', 'UTF-8（BOM付き、Excel の「CSV UTF-8」）', 'すべての文字がそのまま残ります。'],
  ['shift_jis', 'Shift_JIS（Windows-31J）', '古いシステム向け。表せない文字（𠮷 など）は 〓 になります。'],
];

let lastUrl = null;

export async function exportView() {
  const disaster = currentDisaster();
  if (!(await mayExport().catch(() => false))) {
    show(h('h1', {}, '台帳の書き出し'),
      h('p', {}, 'この災害で台帳を書き出す権限がありません。必要な場合は、都道府県の管理者に依頼してください。'));
    return;
  }
  const purpose = h('input', { type: 'text', id: 'export-purpose', name: 'purpose', required: true, maxlength: 200,
    autocomplete: 'off', 'aria-describedby': 'export-purpose-hint' });
  const error = h('p', { id: 'export-error', class: 'error-text', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit', id: 'export' }, '書き出してダウンロードする');
  const result = h('div', { id: 'export-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'panel', id: 'export-form', novalidate: true, onsubmit: send },
    h('label', { for: 'export-purpose' }, '利用目的（必須）',
      h('span', { class: 'hint', id: 'export-purpose-hint' },
        '災害対策基本法90条の4第1項第2号（市町村の内部での利用）として記録されます。例: 被災者生活再建支援金の支給事務')),
    purpose,
    h('fieldset', {}, h('legend', {}, '文字コード'),
      ENCODINGS.map(([value, label, hint], index) => h('label', {},
        h('input', { type: 'radio', name: 'encoding', value, id: 'encoding-' + value, checked: index === 0 }),
        ` ${label}`, h('span', { class: 'hint' }, hint)))),
    error, h('div', { class: 'actions' }, submit), result);
  show(h('h1', {}, '台帳の書き出し'),
    h('p', {}, `「${disaster.name}」の台帳を、つなぐ標準形式の CSV（1人1行、見出し行つき）で書き出します。`,
      'あなたが閲覧できる人だけが含まれます。個人番号は含みません。書き出しは、誰がいつ何のために行ったかが記録されます。'),
    form);

  async function send(event) {
    event.preventDefault();
    notice(null);
    error.hidden = true;
    purpose.removeAttribute('aria-invalid');
    if (purpose.value.trim() === '') {
      formError(error, '利用目的を入力してください。', purpose);
      return;
    }
    const encoding = form.elements.encoding.value;
    const query = new URLSearchParams({ purpose: purpose.value.trim(), encoding });
    submit.disabled = true;
    result.replaceChildren(h('p', {}, '書き出しています…'));
    try {
      const file = await api.download(`disasters/${disaster.id}/ledger.csv?${query}`, 'text/csv');
      const name = file.name.replace(/\.csv$/, `-${encoding}.csv`);
      if (lastUrl) URL.revokeObjectURL(lastUrl);
      const url = URL.createObjectURL(file.blob);
      lastUrl = url;
      const save = h('a', { href: url, download: name, id: 'export-file' }, `${name} を保存する`);
      result.replaceChildren(h('p', {}, '書き出しました。保存が始まらないときは、次のリンクを選んでください: ', save));
      save.click();
      status(`台帳を書き出しました（${name}）。`);
    } catch (failure) {
      result.replaceChildren();
      if (failure instanceof ApiError && failure.status !== 401) {
        error.textContent = failure.message;
        error.hidden = false;
      } else {
        fail(failure);
      }
    } finally {
      submit.disabled = false;
    }
  }
}
