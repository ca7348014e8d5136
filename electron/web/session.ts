// Who may use the web host. Every account on the machine can reach a loopback port, so being
// able to connect proves nothing. Access starts from the address the host prints on its own
// stdout, which only the user who started it sees: it carries a one-time launch secret. The
// first request with it is answered with
//   - an HttpOnly, SameSite=Strict session cookie (gates every page, asset and API call), and
//   - a redirect to `/#token=…`: the per-start API token, in the fragment (never sent to a
//     server, never logged), which the page keeps in its own origin's storage.
// The API needs both. Cookies are not isolated by port, so a cookie alone could leak to another
// local user's server on 127.0.0.1:<other port>; the token lives in storage scoped to our exact
// origin, and index.html no longer carries it, so `GET /` grants nothing by itself.
// The secret is spent on first use because the launch address can show up where other users
// can read it (a browser's command line in the process list).
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'galley_session';
export const LAUNCH_PARAM = 'k';

export interface WebSession {
  /** The path (with the one-time secret) to print: `/?k=…`. */
  readonly launchPath: string;
  /** The per-start API token carried in X-Galley-Token. */
  readonly token: string;
  /**
   * For a request bearing the launch secret: the Set-Cookie value and the redirect target, once.
   * null when the request has no secret; 'spent' when it has a wrong or already used one.
   */
  redeem(query: URLSearchParams): { setCookie: string; location: string } | 'spent' | null;
  /** The request carries our session cookie. */
  hasCookie(req: IncomingMessage): boolean;
  /** The request carries our API token. */
  hasToken(req: IncomingMessage): boolean;
}

function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The value of one cookie in a Cookie header (RFC 6265 `name=value; name2=value2`). */
export function cookieValue(header: string | undefined, name: string): string | null {
  if (typeof header !== 'string') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

export function createWebSession(random: (bytes: number) => string = (n) => randomBytes(n).toString('hex')): WebSession {
  const launchSecret = random(32);
  const sessionId = random(32);
  const token = random(32);
  let spent = false;
  return {
    launchPath: `/?${LAUNCH_PARAM}=${launchSecret}`,
    token,
    redeem(query) {
      const given = query.get(LAUNCH_PARAM);
      if (given === null) return null;
      if (spent || !secretsEqual(given, launchSecret)) return 'spent';
      spent = true;
      return {
        // No Max-Age: a session cookie, gone with the browser session; the host's next start has new secrets anyway.
        setCookie: `${SESSION_COOKIE}=${sessionId}; HttpOnly; SameSite=Strict; Path=/`,
        location: `/#token=${token}`,
      };
    },
    hasCookie(req) {
      const given = cookieValue(req.headers.cookie, SESSION_COOKIE);
      return given !== null && secretsEqual(given, sessionId);
    },
    hasToken(req) {
      const given = req.headers['x-galley-token'];
      return typeof given === 'string' && secretsEqual(given, token);
    },
  };
}
