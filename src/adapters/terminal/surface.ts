import type { Readable, Writable } from 'node:stream';
import type { Responder } from '../../core/respond.js';
import type { Surface } from '../../surface.js';
import { startTerminalChat } from './chat.js';

/** The terminal chat as a surface: it ends when its user leaves (quit, Ctrl-D) or on a signal. */
export function terminalSurface(options: { responder: Responder; input?: Readable; output?: Writable; noColor?: boolean }): Surface {
  const abort = new AbortController();
  let finished: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (finished = resolve));
  let chat: Promise<void> | undefined;
  return {
    name: 'terminal',
    ended,
    health: () => ({ state: 'connected' }),
    async start() {
      chat = startTerminalChat({ ...options, signal: abort.signal }).finally(finished);
    },
    async stop() {
      abort.abort();
      await chat;
    },
  };
}
