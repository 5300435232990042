// Calls the Tsunagu API with the staff member's token. Failures become ApiError with a Japanese message built from the
// RFC 9457 problem (its type's last segment and its field); the English detail is never shown as it is, but kept on the
// error for a screen that reads something out of it (e.g. which merge to undo first).

import { accessToken } from './auth.js';
import { FIELD_LABELS } from './labels.js';

export class ApiError extends Error {
  constructor(message, status, slug, field, detail = null, problem = null) {
    super(message);
    this.status = status;
    this.slug = slug;
    this.field = field;
    this.detail = detail;
    /** The whole problem+json body: its extension members say what a client can do next. */
    this.problem = problem;
  }
}

const BY_STATUS = {
  400: '入力内容を確認してください。',
  401: 'ログインの有効期限が切れました。もう一度ログインしてください。',
  403: 'この操作を行う権限がありません。',
  404: '見つかりませんでした。削除されたか、閲覧できる範囲の外にあります。',
  409: 'ほかの職員が先に処理したか、状態が変わっています。画面を読み込み直してから、もう一度確認してください。',
  413: 'データが大きすぎます。',
  429: '要求が多すぎます。少し待ってから、もう一度お試しください。',
  503: 'サービスが一時的に利用できません。少し待ってから、もう一度お試しください。',
};

const BY_FIELD = {
  birthDate: '生年月日を読み取れません。例: 1955-04-12、昭和30年4月12日、S30.4.12',
  reason: '理由を入力してください。',
  purpose: '利用目的を入力してください。',
  encoding: '文字コードを選んでください。',
  municipality: '市区町村コードを確認してください（6桁、例: 172049）。',
  damageGrade: '住家の被害の状況を確認してください。',
};

/** A readable message for a problem+json body (or none) and its HTTP status. */
export function problemMessage(status, problem) {
  const slug = typeof problem?.type === 'string' ? problem.type.split('/').pop() : null;
  // A correction names its item as items.<field>: the message is the item's.
  const field = typeof problem?.field === 'string' ? problem.field.replace(/^items\./, '') : null;
  if (status === 400 && field) {
    return BY_FIELD[field] ?? `「${FIELD_LABELS[field] ?? field}」の入力内容を確認してください。`;
  }
  if (status === 403 && slug && slug.startsWith('missing-basis')) {
    return '情報の利用・提供の根拠（災害対策基本法90条の4）が確認できないため、この操作はできません。';
  }
  return BY_STATUS[status] ?? `処理できませんでした（サーバーの応答 ${status}）。時間をおいて、もう一度お試しください。`;
}

async function send(method, path, body, accept) {
  const token = await accessToken();
  if (!token) throw new ApiError(BY_STATUS[401], 401, 'login-required', null);
  let response;
  try {
    response = await fetch('../api/v1/' + path, {
      method,
      headers: {
        Authorization: 'Bearer ' + token, Accept: accept,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('サーバーに接続できません。ネットワークを確認してください。', 0, 'network', null);
  }
  if (!response.ok) {
    const json = (response.headers.get('Content-Type') ?? '').includes('json')
      ? await response.json().catch(() => null) : null;
    const slug = typeof json?.type === 'string' ? json.type.split('/').pop() : null;
    throw new ApiError(problemMessage(response.status, json), response.status, slug, json?.field ?? null,
      typeof json?.detail === 'string' ? json.detail : null, json);
  }
  return response;
}

async function call(method, path, body) {
  const response = await send(method, path, body, 'application/json');
  return (response.headers.get('Content-Type') ?? '').includes('json') ? response.json().catch(() => null) : null;
}

/** A file the API sends (e.g. the ledger CSV) as a blob, with the name the server gives it. */
async function download(path, accept) {
  const response = await send('GET', path, undefined, accept);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = disposition.match(/filename="([^"]+)"/)?.[1] ?? 'download';
  return { blob: await response.blob(), name };
}

export const api = {
  get: (path) => call('GET', path),
  post: (path, body) => call('POST', path, body),
  download,
};
