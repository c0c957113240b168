import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { Deliveries } from '../../core/deliveries.js';
import type { Logger } from '../../log.js';

/** Slack's payloads are tens of kilobytes at most; this leaves room and still bounds what one request can make us hold. */
export const MAX_BODY_BYTES = 512 * 1024;
/** Slack signs with a timestamp and asks receivers to refuse requests more than 5 minutes off. */
export const SIGNATURE_WINDOW_S = 5 * 60;

export interface RequestScreenOptions {
  signingSecret: string;
  /** where each signature is remembered, so a captured request replayed within the window is not acted on twice */
  deliveries: Deliveries;
  log: Logger;
  endpoint?: string;
  maxBodyBytes?: number;
  now?: () => number;
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Screens every POST to the Slack endpoint before Bolt's receiver sees it. Bolt buffers any body up
 * to 4 MB before checking the signature, and a correctly signed body that is not a JSON object
 * (`null`, `payload=null`) throws inside its receiver where nothing catches it, ending the process.
 * Here: the signature headers and timestamp are checked before a byte is read; the body is read up
 * to a limit; the signature is verified; the body must be an object; and a signature already seen
 * (here or, through the store, by another instance) is a replay, acknowledged and ignored.
 * Anything else goes on to Bolt with the body already read.
 */
export function screenRequests(inner: Listener, options: RequestScreenOptions): Listener {
  const endpoint = options.endpoint ?? '/slack/events';
  const limit = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const now = options.now ?? Date.now;
  const { log } = options;

  const reject = (res: ServerResponse, status: number, why: string, detail: Record<string, unknown> = {}) => {
    log.warn({ status, ...detail }, `slack: request refused: ${why}`);
    if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain', connection: 'close' });
    res.end(why);
  };

  const screen = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const signature = header(req, 'x-slack-signature');
    const timestamp = header(req, 'x-slack-request-timestamp');
    if (!signature || !timestamp || !/^v0=[0-9a-f]{64}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) {
      req.resume();
      return reject(res, 401, 'not signed by Slack');
    }
    if (Math.abs(now() / 1000 - Number(timestamp)) > SIGNATURE_WINDOW_S) {
      req.resume();
      return reject(res, 401, 'signature timestamp outside the 5-minute window');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return reject(res, 413, `body larger than ${limit} bytes`, { bytes: declared });
    }
    const body = await readLimited(req, limit);
    if (body === undefined) return reject(res, 413, `body larger than ${limit} bytes`);
    const expected = Buffer.from(`v0=${createHmac('sha256', options.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
    if (!timingSafeEqual(expected, Buffer.from(signature))) return reject(res, 401, 'signature does not match');
    if (!isObjectBody(body, req.headers['content-type'])) return reject(res, 400, 'body is not a Slack payload (a JSON object)', { bytes: body.length });
    if (!(await options.deliveries.claim(`slack:request:${signature.slice(3)}`))) {
      log.info({ timestamp: Number(timestamp) }, 'slack: replayed request ignored');
      res.writeHead(200).end();
      return;
    }
    (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
    inner(req, res);
  };

  return (req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== endpoint) return inner(req, res);
    screen(req, res).catch((error: unknown) => {
      log.error({ err: error }, 'slack: screening a request failed');
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
};

/** The body, or undefined once it grows past the limit (the rest is drained, not kept). */
async function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The same reading of the body as Bolt's receiver (form only for that exact content type), asking only: is it an object? */
function isObjectBody(body: Buffer, contentType: string | undefined): boolean {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  try {
    const text = body.toString('utf8');
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseForm(text);
      return typeof payload === 'string' ? isObject(JSON.parse(payload)) : true;
    }
    return isObject(JSON.parse(text));
  } catch {
    return false;
  }
}
