import type { Turn } from './analyse.js';
import type { Answer } from './types.js';

const DEFAULT_LIMIT = 1000;

interface Memory {
  /** the last answer with citations: what `source <n>` refers to */
  answer?: Answer;
  /** the last question's frame: what a follow-up is read against */
  turn?: Turn;
}

/**
 * What each conversation (a Slack thread, a Discord channel or DM, a terminal session, an `ask`
 * batch) remembers between questions. Bounded: the least recently used conversation is forgotten
 * first, so a busy workspace cannot grow it without limit.
 */
export class Conversations {
  private readonly memory = new Map<string, Memory>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  lastAnswer(conversationId: string): Answer | undefined {
    return this.memory.get(conversationId)?.answer;
  }

  lastTurn(conversationId: string): Turn | undefined {
    return this.memory.get(conversationId)?.turn;
  }

  has(conversationId: string): boolean {
    return this.memory.get(conversationId)?.answer !== undefined;
  }

  /**
   * The channel turned to another paper (`use`, an add): questions go there now, so the last
   * question's frame, which may hold on to a paper it named, no longer carries over.
   */
  forgetTurn(conversationId: string): void {
    const current = this.memory.get(conversationId);
    if (current?.turn) this.memory.set(conversationId, { ...current, turn: undefined });
  }

  remember(conversationId: string, update: Memory): void {
    const current = this.memory.get(conversationId) ?? {};
    // Re-inserting moves the conversation to the end of the Map's order: the newest.
    this.memory.delete(conversationId);
    this.memory.set(conversationId, { ...current, ...update });
    if (this.memory.size > this.limit) this.memory.delete(this.memory.keys().next().value!);
  }
}
