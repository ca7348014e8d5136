// Checks every request passes before anything else happens. A loopback server is reachable
// from any web page the user visits, so: the Host header must name the loopback address
// (a DNS-rebinding page arrives with its own host name), a browser-sent Origin must be ours
// (cross-site form posts and fetches). Who may call at all is session.ts's business.
import type { IncomingMessage } from 'node:http';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function allowedOrigins(port: number): Set<string> {
  return new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
}

export function hostIsAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** No Origin (same-origin GET, curl, tests) is fine; a present one must be exactly ours. */
export function originIsAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  if (typeof origin !== 'string' || !allowedOrigins(port).has(origin.toLowerCase())) return false;
  // A cross-site request that somehow carries our Origin (it cannot, but browsers also tell us).
  return req.headers['sec-fetch-site'] !== 'cross-site';
}
