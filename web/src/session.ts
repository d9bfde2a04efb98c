// Who the tab is: the token it holds (sessionStorage, so it lasts for the tab
// and never outlives it) and whether it may write. The server says in
// /healthz who may write (`local`: a loopback server without tokens, anyone;
// `tokens`: a write token is needed; `refused`) and whether the token sent
// could. Pages call `canWrite()` and show upload, delete and review actions
// only when it is true.
import type { Health } from './types.js';

const TOKEN_KEY = 'nianbao-token';

export function getToken(): string | null {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token === null || token === '' ? null : token;
}

/** Sets (or with null clears) the tab's token and tells the page (`nianbao:session` on window). */
export function setToken(token: string | null): void {
  if (token === null || token.trim() === '') sessionStorage.removeItem(TOKEN_KEY);
  else sessionStorage.setItem(TOKEN_KEY, token.trim());
  window.dispatchEvent(new Event('nianbao:session'));
}

interface Access {
  writes: Health['writes'];
  canWrite: boolean;
}

let asked: { token: string | null; access: Promise<Access | null> } | null = null;

/** What the server says of this tab's token (asked once per token); null when it cannot be asked or refuses the token. */
function access(): Promise<Access | null> {
  const token = getToken();
  if (asked === null || asked.token !== token) {
    const access = fetch('/healthz', { headers: token === null ? {} : { authorization: `Bearer ${token}` } })
      .then(async (response) => (response.ok ? ((await response.json()) as Health) : null))
      .catch(() => null);
    asked = { token, access };
  }
  return asked.access;
}

/** The server's write policy: `tokens`, `local` or `refused`; null when the server cannot be asked. */
export async function writePolicy(): Promise<Health['writes'] | null> {
  return (await access())?.writes ?? null;
}

/** True when the server says this tab could write: a loopback server without tokens, or a write token. */
export async function canWrite(): Promise<boolean> {
  return (await access())?.canWrite ?? false;
}
