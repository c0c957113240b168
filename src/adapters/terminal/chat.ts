import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Responder } from '../../core/respond.js';
import { renderText, textOptionsFor } from './render.js';

const EXIT_WORDS = new Set(['quit', 'exit', 'bye', ':q']);

/** The no-token surface: an interactive chat over the same responder the platforms use. */
export async function startTerminalChat(options: {
  responder: Responder;
  input?: Readable;
  output?: Writable;
  /** NO_COLOR was set: no colour or bold even on a TTY */
  noColor?: boolean;
  /** ends the chat (a signal on the process) */
  signal?: AbortSignal;
}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  const rl = createInterface({ input, output, terminal: interactive, prompt: 'ask> ', ...(options.signal ? { signal: options.signal } : {}) });
  const current = options.responder.paperFor('terminal');
  const titles = options.responder.engine.library.papers.map((p) => `  ${p.data.id === current ? '*' : '-'} ${p.data.shortTitle} (${p.data.id})`).join('\n');
  output.write(
    `Journal club claims bot: terminal chat (no Slack or Discord tokens configured).\nPapers:\n${titles}\nQuestions go to the paper marked *; "use <paper-id>" switches. Type "help" for commands; "quit" or Ctrl-D leaves.\n\n`,
  );
  const prompt = () => interactive && rl.prompt();
  prompt();
  // One line at a time, in order: an answer may wait on the question log, and must not overtake the next.
  try {
    for await (const line of rl) {
      const text = line.trim();
      if (EXIT_WORDS.has(text.toLowerCase())) break;
      if (text) {
        // Fetching a paper (`add PMC…`) takes seconds: say so rather than sit silent.
        const progress = async (message: string) => void output.write(`${message}\n`);
        const answer = await options.responder.handle({ platform: 'terminal', conversationId: 'terminal', text, progress });
        // Measured per answer: the window may have been resized since the last one.
        output.write(`${renderText(answer, textOptionsFor(output as { isTTY?: boolean; columns?: number }, options.noColor === true))}\n\n`);
      }
      prompt();
    }
  } catch (error) {
    // Aborted by a signal: leave like Ctrl-D.
    if ((error as Error).name !== 'AbortError') throw error;
  }
  rl.close();
  output.write('\nBye.\n');
}
