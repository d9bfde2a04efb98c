// Who the tab is: the token it holds (sessionStorage, so it lasts for the tab
// and never outlives it) and whether it may write. The server says in
// /healthz who may write: `local` (a loopback server without tokens: anyone),
// `tokens` (a write token is needed) or `refused`. Pages call `canWrite()`
// and show upload, delete and review actions only when it is true; a read
// token that tries to write still gets the server's FORBIDDEN, shown as such.
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

let policy: Promise<Health['writes'] | null> | null = null;

/** The server's write policy, asked once per page load; null when the server cannot be asked. */
export function writePolicy(): Promise<Health['writes'] | null> {
  policy ??= fetch('/healthz')
    .then(async (response) => (response.ok ? ((await response.json()) as Health).writes : null))
    .catch(() => null);
  return policy;
}

/** True when write actions can work: a loopback server without tokens, or a token is set. */
export async function canWrite(): Promise<boolean> {
  const writes = await writePolicy();
  return writes === 'local' || (writes === 'tokens' && getToken() !== null);
}
