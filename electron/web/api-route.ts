// POST /api/<opName> with the JSON arguments as the body. The arguments go through the same
// `dispatch` as Electron IPC (zod validation, then the service), and the answer is always the
// ApiResponse envelope.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiResponse, ApiService } from '../../shared/api';
import type { ErrorCode } from '../../shared/errors';
import { dispatch } from '../service/dispatch';
import { WeightedGate } from '../service/weighted-gate';
import { statusForError } from './http-status';
import { SECURITY_HEADERS } from './security-headers';

/** Above the largest import (70 MB of base64) plus room for the JSON around it. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

const OP_PATH = /^\/api\/([A-Za-z][A-Za-z0-9]{0,63})$/;

/**
 * Request bodies held in memory at once. A body is read whole and parsed, so a few large uploads
 * together cost several times their size before the service (which queues imports too) sees them;
 * a request waits here, unread, leaving its bytes with the client, until it fits.
 */
export function uploadGate(): WeightedGate {
  return new WeightedGate(MAX_BODY_BYTES);
}

const SMALL_BODY_BYTES = 1024 * 1024;

/** What a body will weigh: its declared length, or the most it may be when it is sent chunked. */
function bodyWeight(req: IncomingMessage): number {
  const declared = Number(req.headers['content-length']);
  return Number.isFinite(declared) && declared >= 0 ? Math.min(declared, MAX_BODY_BYTES) : MAX_BODY_BYTES;
}

export function sendEnvelope(res: ServerResponse, status: number, body: ApiResponse<unknown>): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
  });
  res.end(json);
}

export function sendError(res: ServerResponse, code: ErrorCode, detail?: string, status = statusForError(code)): void {
  sendEnvelope(res, status, { ok: false, error: detail ? { code, detail } : { code } });
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  if (typeof type !== 'string') return false;
  return type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

type BodyResult = { ok: true; text: string } | { ok: false; tooLarge: boolean };

function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve({ ok: false, tooLarge: true });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish({ ok: false, tooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, text: Buffer.concat(chunks, size).toString('utf8') }));
    req.on('error', () => finish({ ok: false, tooLarge: false }));
    req.on('aborted', () => finish({ ok: false, tooLarge: false }));
  });
}

// After refusing an oversized body, stop reading it and drop the connection once the answer
// has gone out, instead of buffering up to gigabytes of a body nobody will use.
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => req.socket.destroySoon?.());
  sendError(res, 'too_large', `request body over ${MAX_BODY_BYTES} bytes`);
  req.resume();
}

/** Token, Host and Origin have already been checked by the caller. */
export async function handleApiRequest(
  req: IncomingMessage,
  res: ServerResponse,
  service: ApiService,
  pathname: string,
  uploads: WeightedGate = uploadGate(),
): Promise<void> {
  const match = OP_PATH.exec(pathname);
  if (!match) {
    sendError(res, 'unknown_operation', pathname.slice(0, 80), 404);
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 'invalid_payload', 'use POST', 405);
    return;
  }
  if (!isJson(req)) {
    sendError(res, 'invalid_payload', 'Content-Type must be application/json', 415);
    return;
  }
  const weight = bodyWeight(req);
  // Small calls (every edit) never queue behind an upload; only large bodies take their turn.
  if (weight <= SMALL_BODY_BYTES || Number(req.headers['content-length']) > MAX_BODY_BYTES) {
    await readAndDispatch(req, res, service, match[1]!);
  } else {
    await uploads.run(weight, () => readAndDispatch(req, res, service, match[1]!));
  }
}

async function readAndDispatch(req: IncomingMessage, res: ServerResponse, service: ApiService, name: string): Promise<void> {
  const body = await readBody(req, MAX_BODY_BYTES);
  if (!body.ok) {
    if (body.tooLarge) refuseTooLarge(req, res);
    else if (!res.headersSent) sendError(res, 'invalid_payload', 'request body could not be read');
    return;
  }
  let payload: unknown;
  try {
    payload = body.text.trim() === '' ? {} : JSON.parse(body.text);
  } catch {
    sendError(res, 'invalid_payload', 'body is not valid JSON');
    return;
  }
  const result = await dispatch(service, name, payload);
  sendEnvelope(res, result.ok ? 200 : statusForError(result.error.code), result);
}
