// OpenID Connect authorization code flow with PKCE (S256) against the prefecture's Keycloak realm, with the public
// client tsunagu-web. Password and TOTP are asked by Keycloak's own pages. Tokens live in sessionStorage only: they
// survive a reload of this tab and end with it; nothing goes to localStorage or cookies.

const SESSION = 'tsunagu.session';
const PENDING = 'tsunagu.login';

let settingsPromise;

/** Where Keycloak is and which client to use, from the application (no token needed). */
export function settings() {
  settingsPromise ??= fetch('../api/v1/public/web-client', { headers: { Accept: 'application/json' } })
    .then((response) => {
      if (!response.ok) throw new Error('settings ' + response.status);
      return response.json();
    });
  return settingsPromise;
}

function redirectUri() {
  return window.location.origin + window.location.pathname;
}

function realmUrl(config, realm) {
  return `${config.keycloakUrl}/realms/${encodeURIComponent(realm)}/protocol/openid-connect`;
}

function randomText(bytes) {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes) {
  let binary = '';
  for (const byte of new Uint8Array(bytes)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Sends the browser to the realm's login page; it comes back to this page with a code. */
export async function beginLogin(prefectureCode) {
  if (!window.isSecureContext || !crypto.subtle) {
    throw new Error('insecure-context');
  }
  const config = await settings();
  const realm = config.realmPrefix + prefectureCode;
  const verifier = randomText(48);
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  const state = randomText(24);
  sessionStorage.setItem(PENDING, JSON.stringify({ realm, verifier, state, prefectureCode }));
  const query = new URLSearchParams({
    client_id: config.clientId, redirect_uri: redirectUri(), response_type: 'code', scope: 'openid',
    state, code_challenge: challenge, code_challenge_method: 'S256', ui_locales: 'ja',
  });
  window.location.assign(`${realmUrl(config, realm)}/auth?${query}`);
}

/**
 * Completes a login if this page was opened by Keycloak's redirect: checks the state, exchanges the code for tokens
 * and removes the code from the address bar. Returns an error code for the screen, or null.
 */
export async function completeLogin() {
  const query = new URLSearchParams(window.location.search);
  if (!query.has('code') && !query.has('error')) return null;
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null');
  sessionStorage.removeItem(PENDING);
  window.history.replaceState(null, '', redirectUri() + window.location.hash);
  if (query.has('error')) return 'login-refused';
  if (!pending || pending.state !== query.get('state')) return 'login-state';
  const config = await settings();
  const response = await fetch(`${realmUrl(config, pending.realm)}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code', code: query.get('code'), redirect_uri: redirectUri(),
      client_id: config.clientId, code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) return 'login-exchange';
  keep(pending.realm, pending.prefectureCode, await response.json());
  return null;
}

function keep(realm, prefectureCode, tokens) {
  const now = Date.now();
  sessionStorage.setItem(SESSION, JSON.stringify({
    realm, prefectureCode, accessToken: tokens.access_token, idToken: tokens.id_token,
    refreshToken: tokens.refresh_token, expiresAt: now + tokens.expires_in * 1000,
    refreshExpiresAt: tokens.refresh_expires_in ? now + tokens.refresh_expires_in * 1000 : now,
  }));
}

export function session() {
  return JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
}

/** A valid access token, refreshed when it is about to expire; null when the staff member must log in again. */
export async function accessToken() {
  const current = session();
  if (!current) return null;
  if (current.expiresAt - Date.now() > 20000) return current.accessToken;
  if (!current.refreshToken || current.refreshExpiresAt - Date.now() < 5000) {
    sessionStorage.removeItem(SESSION);
    return null;
  }
  const config = await settings();
  const response = await fetch(`${realmUrl(config, current.realm)}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: current.refreshToken, client_id: config.clientId }),
  });
  if (!response.ok) {
    sessionStorage.removeItem(SESSION);
    return null;
  }
  keep(current.realm, current.prefectureCode, await response.json());
  return session().accessToken;
}

/** Forgets the tokens here and ends the Keycloak session, coming back to the login screen. */
export async function logout() {
  const current = session();
  sessionStorage.clear();
  if (!current) {
    window.location.assign(redirectUri());
    return;
  }
  const config = await settings();
  const query = new URLSearchParams({ client_id: config.clientId, post_logout_redirect_uri: redirectUri() });
  if (current.idToken) query.set('id_token_hint', current.idToken);
  window.location.assign(`${realmUrl(config, current.realm)}/logout?${query}`);
}
