import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Responder } from '../../core/respond.js';
import type { Engine } from '../../core/engine.js';
import { renderText } from './render.js';

const EXIT_WORDS = new Set(['quit', 'exit', 'bye', ':q']);

/** The no-token surface: an interactive chat over the same responder the platforms use. */
export function startTerminalChat(options: {
  engine: Engine;
  responder: Responder;
  input?: Readable;
  output?: Writable;
}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive, prompt: 'ask> ' });
  const titles = options.engine.library.papers.map((p) => `  - ${p.data.shortTitle} (${p.data.id})`).join('\n');
  output.write(
    `Journal club claims bot: terminal chat (no Slack or Discord tokens configured).\nPapers:\n${titles}\nAsk a question, or type "help". "quit" or Ctrl-D leaves.\n\n`,
  );
  const prompt = () => interactive && rl.prompt();
  prompt();
  let closed = false;
  rl.on('line', (line) => {
    // readline may still deliver buffered lines after close(): nothing is answered after "quit".
    if (closed) return;
    const text = line.trim();
    if (EXIT_WORDS.has(text.toLowerCase())) {
      closed = true;
      rl.close();
      return;
    }
    if (text) {
      const answer = options.responder.respond({ platform: 'terminal', conversationId: 'terminal', text });
      output.write(`${renderText(answer)}\n\n`);
    }
    prompt();
  });
  return new Promise((resolve) =>
    rl.on('close', () => {
      closed = true;
      output.write('\nBye.\n');
      resolve();
    }),
  );
}
