import { beginLogin, settings } from '../auth.js';
import { h, notice, show } from '../dom.js';
import { PREFECTURES } from '../prefectures.js';

const LAST_PREFECTURE = 'tsunagu.prefecture';

export const LOGIN_ERRORS = {
  'login-refused': 'ログインが完了しませんでした。もう一度お試しください。',
  'login-state': 'ログインの手続きが途中で変わりました。安全のため、最初からやり直してください。',
  'login-exchange': 'ログインの確認に失敗しました。もう一度お試しください。',
  'insecure-context': 'この画面は https（または 127.0.0.1）で開いたときだけログインできます。',
  settings: 'サーバーの設定を読み込めません。しばらく待ってから、画面を読み込み直してください。',
};

/** The staff member chooses their prefecture; its realm's login page (password, then TOTP) does the rest. */
export function loginView() {
  const last = sessionStorage.getItem(LAST_PREFECTURE) ?? '';
  const select = h('select', { id: 'prefecture', name: 'prefecture', required: true, 'aria-describedby': 'prefecture-hint' },
    h('option', { value: '' }, '選択してください'),
    PREFECTURES.map((p) => h('option', { value: p.code, selected: p.code === last }, `${p.name}（${p.code}）`)));
  const form = h('form', { class: 'panel', id: 'login-form', onsubmit: submit },
    h('label', { for: 'prefecture' }, '所属する都道府県',
      h('span', { class: 'hint', id: 'prefecture-hint' },
        '都道府県ごとのログイン画面に移ります。パスワードと確認コード（認証アプリの6桁）を入力してください。')),
    select,
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'login' }, 'ログイン')));
  show(h('h1', {}, 'ログイン'), form);
  settings().catch(() => notice(LOGIN_ERRORS.settings));

  async function submit(event) {
    event.preventDefault();
    if (!select.value) {
      notice('都道府県を選択してください。');
      select.focus();
      return;
    }
    sessionStorage.setItem(LAST_PREFECTURE, select.value);
    form.querySelector('button').disabled = true;
    try {
      await beginLogin(select.value);
    } catch (error) {
      form.querySelector('button').disabled = false;
      notice(LOGIN_ERRORS[error.message] ?? LOGIN_ERRORS.settings);
    }
  }
}
