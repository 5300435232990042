// The staff UI: login, choice of disaster instance, person search and detail (with corrections and the undoing of
// merges), the review queue, the ledger export. Hash routes: #/disasters, #/search, #/persons/<id>, #/reviews,
// #/reviews/<linkId>, #/export.

import { completeLogin, logout, session } from './auth.js';
import { ApiError } from './api.js';
import { clearMessages, notice, show, h } from './dom.js';
import { loginView, LOGIN_ERRORS } from './views/login.js';
import { disastersView, currentDisaster } from './views/disasters.js';
import { searchView } from './views/search.js';
import { personView } from './views/person.js';
import { reviewsView, reviewView } from './views/reviews.js';
import { exportView } from './views/export.js';
import { mayExport } from './access.js';

const ROUTES = [
  [/^#\/disasters$/, 'disasters', () => disastersView()],
  [/^#\/search$/, 'search', () => searchView()],
  [/^#\/persons\/([0-9a-f-]{36})$/, 'search', (id) => personView(id)],
  [/^#\/reviews$/, 'reviews', () => reviewsView()],
  [/^#\/reviews\/([0-9a-f-]{36})$/, 'reviews', (id) => reviewView(id)],
  [/^#\/export$/, 'export', () => exportView()],
];

async function route() {
  clearMessages();
  const current = session();
  document.getElementById('nav').hidden = !current;
  document.getElementById('logout').hidden = !current;
  document.getElementById('who').textContent = current
    ? `${currentDisaster()?.name ?? '災害を選択してください'}` : '';
  if (!current) {
    loginView();
    return;
  }
  let hash = window.location.hash;
  if (!currentDisaster() && hash !== '#/disasters') hash = '#/disasters';
  const match = ROUTES.map(([pattern, nav, view]) => [hash.match(pattern), nav, view]).find(([m]) => m);
  if (!match) {
    window.location.hash = currentDisaster() ? '#/search' : '#/disasters';
    return;
  }
  const [found, nav, view] = match;
  const exportLink = document.querySelector('[data-nav="export"]');
  exportLink.hidden = !(currentDisaster() && await mayExport().catch(() => false));
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === nav) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  try {
    await view(...found.slice(1));
  } catch (error) {
    fail(error);
  }
}

/** Shows any failure as a Japanese message; a lost login goes back to the login screen. */
export function fail(error) {
  if (error instanceof ApiError) {
    if (error.status === 401) {
      sessionStorage.clear();
      loginView();
      document.getElementById('nav').hidden = true;
    }
    notice(error.message);
  } else {
    console.error(error);
    notice('画面の処理中に問題が起きました。画面を読み込み直してください。');
  }
}

async function start() {
  document.getElementById('logout').addEventListener('click', () => logout());
  window.addEventListener('hashchange', route);
  try {
    const error = await completeLogin();
    if (error) {
      show(h('h1', {}, 'ログイン'));
      loginView();
      notice(LOGIN_ERRORS[error]);
      return;
    }
  } catch (error) {
    loginView();
    notice(LOGIN_ERRORS['login-exchange']);
    return;
  }
  await route();
}

start();
