import { HELP_TEXT, parseCommand, type Command } from './commands.js';
import type { Engine, Scope } from './engine.js';
import { RateLimiter } from './rate-limit.js';
import { cleanInput, MAX_QUESTION_CHARS } from './text.js';
import type { Answer } from './types.js';

/** What an adapter hands the core: the user's text with platform syntax removed, and where it came from. */
export interface Request {
  platform: 'slack' | 'discord' | 'terminal' | 'cli';
  /** a conversation (channel, thread, DM or terminal session): `source <n>` refers to its last answer */
  conversationId: string;
  userId?: string;
  text: string;
}

const MEMORY_LIMIT = 1000;

/** Runs one command against the engine. Keeps each conversation's last answer so "source 2" has a meaning. */
export interface ResponderOptions {
  /** questions per user per minute; 0 turns the limit off (terminal, CLI) */
  questionsPerMinute?: number;
  now?: () => number;
}

export class Responder {
  private readonly lastAnswers = new Map<string, Answer>();
  private readonly limiter: RateLimiter;

  constructor(
    readonly engine: Engine,
    options: ResponderOptions = {},
  ) {
    this.limiter = new RateLimiter(options.questionsPerMinute ?? 0, options.now);
  }

  respond(request: Request, scope: Scope = {}): Answer {
    const input = cleanInput(request.text);
    const wait = request.userId ? this.limiter.take(`${request.platform}:${request.userId}`) : 0;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const summary = `You're asking faster than I can keep up with (${this.limiter.perMinute} questions a minute). Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
      return { question: input.text, answered: false, summary, citations: [], suggestions: [], caveats: [], notices: [] };
    }
    const command = parseCommand(input.text);
    const answer = this.run(command, input.text, request.conversationId, scope);
    if (input.truncated) {
      answer.notices.unshift(`Your question was longer than ${MAX_QUESTION_CHARS} characters, so only its start was used.`);
    }
    if (answer.citations.length > 0) this.remember(request.conversationId, answer);
    return answer;
  }

  private run(command: Command, text: string, conversationId: string, scope: Scope): Answer {
    switch (command.kind) {
      case 'ask':
        return this.engine.ask(command.question, scope);
      case 'summary':
        return this.engine.summary(scope, text);
      case 'define':
        return this.engine.define(command.term, scope, text);
      case 'claims':
        return this.engine.listClaims(command.topic, scope);
      case 'papers':
        return this.engine.papers(text);
      case 'help':
        return { question: text, answered: true, summary: HELP_TEXT, citations: [], suggestions: [], caveats: [], notices: [] };
      case 'source': {
        if ('claimId' in command.ref) return this.engine.source(command.ref.claimId, text);
        const { n } = command.ref;
        const citation = this.lastAnswers.get(conversationId)?.citations.find((c) => c.n === n);
        if (citation && !citation.claimId.startsWith('glossary:')) return this.engine.source(citation.claimId, text);
        const why = citation
          ? `Citation [${n}] is a glossary definition; its source is listed with the answer.`
          : this.lastAnswers.has(conversationId)
            ? `The last answer here has no citation [${n}].`
            : `There is no earlier answer here for [${n}] to refer to. Ask a question first, or give a claim id ("claims" lists them).`;
        return { question: text, answered: false, summary: why, citations: [], suggestions: [], caveats: [], notices: [] };
      }
    }
  }

  private remember(conversationId: string, answer: Answer): void {
    this.lastAnswers.delete(conversationId);
    this.lastAnswers.set(conversationId, answer);
    // Oldest conversation first in a Map's order: drop it once the bound is reached.
    if (this.lastAnswers.size > MEMORY_LIMIT) this.lastAnswers.delete(this.lastAnswers.keys().next().value!);
  }
}
