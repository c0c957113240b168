import { HELP_TEXT, parseCommand, type Command } from './commands.js';
import type { Engine, Scope } from './engine.js';
import type { Feedback, FeedbackSink } from './feedback.js';
import { gapReport } from './gaps.js';
import { RateLimiter } from './rate-limit.js';
import type { Store } from './store.js';
import { Conversations } from './conversations.js';
import { MESSAGES } from './messages.js';
import { cleanInput, MAX_QUESTION_CHARS, type CleanInput } from './text.js';
import type { Answer, AnswerReason } from './types.js';

/** What an adapter hands the core: the user's text with platform syntax removed, and where it came from. */
export interface Request {
  platform: 'slack' | 'discord' | 'terminal' | 'cli';
  /** a conversation (channel, thread, DM or terminal session): `source <n>` refers to its last answer */
  conversationId: string;
  /** the channel whose current paper applies (`use <paper-id>`); defaults to the conversation */
  channelId?: string;
  userId?: string;
  text: string;
}

export interface ResponderOptions {
  /** questions per user per minute; 0 turns the limit off (terminal, CLI) */
  questionsPerMinute?: number;
  now?: () => number;
  /** the question log, feedback and channel settings; without one, nothing is remembered across restarts */
  store?: Store;
  /** channel -> paper, as loaded from the store at start-up */
  channelPapers?: Map<string, string>;
  /** store failures are reported here (the core has no logger); the user still gets their answer */
  onStoreError?: (error: unknown, what: string) => void;
}

const NO_LOG = 'The question log is off here (no database), so there are no gaps to show. The bot keeps one when run with `npm start`; `npm run report` prints it.';

const plain = (question: string, summary: string, reason: AnswerReason = 'command'): Answer => ({
  question,
  answered: reason === 'command',
  reason,
  papers: [],
  summary,
  citations: [],
  disputed: false,
  suggestions: [],
  caveats: [],
  notices: [],
});

/**
 * The one entry point every surface calls. `respond` is the pure, synchronous path (engine only);
 * `handle` adds what needs the store: the question log, `gaps`, and persisting `use`.
 */
export class Responder implements FeedbackSink {
  private readonly conversations = new Conversations();
  private readonly limiter: RateLimiter;
  private readonly channelPapers: Map<string, string>;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    readonly engine: Engine,
    private readonly options: ResponderOptions = {},
  ) {
    this.limiter = new RateLimiter(options.questionsPerMinute ?? 0, options.now);
    this.channelPapers = new Map(options.channelPapers ?? []);
  }

  /** The paper a channel reads: its own choice, or the library's newest. */
  paperFor(channelId: string): string {
    const chosen = this.channelPapers.get(channelId);
    return chosen && this.engine.paper(chosen) ? chosen : this.engine.defaultPaperId;
  }

  respond(request: Request, scope?: Scope): Answer {
    const input = cleanInput(request.text);
    return this.answer(request, input, parseCommand(input.text), scope);
  }

  private answer(request: Request, input: CleanInput, command: Command, scope?: Scope): Answer {
    const wait = request.userId ? this.limiter.take(`${request.platform}:${request.userId}`) : 0;
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      const summary = `You're asking faster than I can keep up with (${this.limiter.perMinute} questions a minute). Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
      return plain(input.text, summary, 'rate-limited');
    }
    const channel = request.channelId ?? request.conversationId;
    const effective = scope ?? (command.kind === 'ask' && command.everywhere ? {} : { paperId: this.paperFor(channel) });
    const answer = this.run(command, input.text, request.conversationId, channel, effective);
    if (input.truncated) answer.notices.unshift(MESSAGES.truncated(MAX_QUESTION_CHARS));
    if (answer.citations.length > 0) this.conversations.remember(request.conversationId, { answer });
    return answer;
  }

  /** `respond`, plus the store: logs the question, answers `gaps`, and keeps `use` across restarts. */
  async handle(request: Request): Promise<Answer> {
    const started = performance.now();
    const input = cleanInput(request.text);
    const command = parseCommand(input.text);
    const channel = request.channelId ?? request.conversationId;
    const answer = command.kind === 'gaps' ? await this.gaps(input.text, command.days) : this.answer(request, input, command);
    const { store } = this.options;
    if (!store) return answer;
    if (command.kind === 'use' && command.paperId && answer.answered) {
      await this.guard('saving the channel paper', () => store.setChannelPaper(channel, command.paperId!));
    }
    if (request.platform !== 'cli' && answer.reason !== 'rate-limited' && (command.kind === 'ask' || command.kind === 'define')) {
      const paperIds = [...new Set(answer.citations.map((c) => c.paperId))];
      // Not awaited: the platform's acknowledgement must not wait on the database. `flush` waits.
      this.track(
        this.guard('logging the question', () =>
          store.logQuestion({
            at: new Date(),
            platform: request.platform,
            channel,
            userId: request.userId ?? null,
            paperId: paperIds.length === 1 ? paperIds[0]! : command.kind === 'ask' && command.everywhere ? null : this.paperFor(channel),
            question: input.text,
            questionKey: this.engine.questionKey(command.kind === 'ask' ? command.question : `define ${command.term}`),
            answered: answer.answered,
            partial: answer.reason === 'partial',
            claimIds: [...new Set(answer.citations.map((c) => c.claimId))],
            latencyMs: performance.now() - started,
          }),
        ),
      );
    }
    return answer;
  }

  /**
   * True the first time any instance sees this delivery (one key per message: claiming several at
   * once could let two instances each win one and both stay silent). Without a store only this
   * process's memory (the adapter's) guards against repeats.
   */
  async firstDelivery(key: string): Promise<boolean> {
    const store = this.options.store;
    if (!store) return true;
    try {
      return await store.claimDelivery(key, new Date());
    } catch (error) {
      // Better a rare duplicate than a lost answer when the database is unreachable.
      this.options.onStoreError?.(error, 'claiming a delivery');
      return true;
    }
  }

  /** FeedbackSink: a 👍/👎 on an answer, tied to the paper its claims come from. */
  async record(feedback: Feedback & { messageId?: string }): Promise<void> {
    const paperIds = [...new Set(feedback.claimIds.map((id) => this.engine.library.claimById.get(id)?.paperId).filter(Boolean))];
    await this.guard('recording feedback', async () => this.options.store?.recordFeedback({ ...feedback, paperId: paperIds.length === 1 ? paperIds[0]! : null }));
  }

  /** Remembers which answer a platform message carries, so reactions to it count as feedback. */
  async rememberReply(platform: 'discord' | 'slack', messageId: string, channel: string, answer: Answer): Promise<void> {
    const paperIds = [...new Set(answer.citations.map((c) => c.paperId))];
    await this.guard('remembering the reply', async () =>
      this.options.store?.rememberAnswerMessage({ platform, messageId, channel, question: answer.question, paperId: paperIds.length === 1 ? paperIds[0]! : null, claimIds: [...new Set(answer.citations.map((c) => c.claimId))] }),
    );
  }

  /** A reaction on one of the bot's messages; false when the message is not a remembered answer. */
  async reactionFeedback(platform: 'discord', messageId: string, userId: string, vote: 'up' | 'down'): Promise<boolean> {
    const store = this.options.store;
    if (!store) return false;
    const message = await store.findAnswerMessage(platform, messageId).catch((error: unknown) => {
      this.options.onStoreError?.(error, 'looking up a reacted message');
      return undefined;
    });
    if (!message) return false;
    await this.record({ platform, conversationId: message.channel, userId, question: message.question, vote, claimIds: message.claimIds, messageId });
    return true;
  }

  /** Waits for question-log writes still under way (shutdown calls this before closing the store). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private track(write: Promise<void>): void {
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  private async guard(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.options.onStoreError?.(error, what);
    }
  }

  private async gaps(text: string, days: number): Promise<Answer> {
    const store = this.options.store;
    if (!store) return plain(text, NO_LOG, 'not-found');
    return plain(text, (await gapReport(store, this.engine, days)).text);
  }

  private run(command: Command, text: string, conversationId: string, channel: string, scope: Scope): Answer {
    switch (command.kind) {
      case 'ask': {
        const previous = this.conversations.lastTurn(conversationId);
        const { answer, turn } = this.engine.converse(command.question, {
          ...(scope.paperId ? { paperId: scope.paperId } : {}),
          ...(command.everywhere || !scope.paperId ? { everywhere: true } : {}),
          ...(previous ? { previous } : {}),
        });
        if (turn) this.conversations.remember(conversationId, { turn });
        return answer;
      }
      case 'summary':
        return this.engine.summary(scope, text);
      case 'define':
        return this.engine.define(command.term, scope, text);
      case 'claims':
        return this.engine.listClaims(command.topic, scope);
      case 'discuss':
        return this.engine.discuss(scope, text);
      case 'papers':
        return this.engine.papers(text, this.paperFor(channel));
      case 'use':
        return this.use(command.paperId, text, channel);
      case 'gaps':
        return plain(text, NO_LOG, 'not-found');
      case 'help':
        return plain(text, HELP_TEXT);
      case 'source': {
        if ('claimId' in command.ref) return this.engine.source(command.ref.claimId, text);
        const { n } = command.ref;
        const citation = this.conversations.lastAnswer(conversationId)?.citations.find((c) => c.n === n);
        if (citation && this.engine.library.claimById.has(citation.claimId)) return this.engine.source(citation.claimId, text);
        const why = citation
          ? `Citation [${n}] is not a claim (a definition or an open question); its source is listed with the answer.`
          : this.conversations.has(conversationId)
            ? `The last answer here has no citation [${n}].`
            : `There is no earlier answer here for [${n}] to refer to. Ask a question first, or give a claim id ("claims" lists them).`;
        return plain(text, why, 'not-found');
      }
    }
  }

  private use(paperId: string | undefined, text: string, channel: string): Answer {
    const ids = this.engine.library.papers.map((p) => p.data.id);
    if (!paperId) {
      const current = this.engine.paper(this.paperFor(channel))!;
      return plain(text, `This channel reads ${current.data.shortTitle} (${current.data.id}). Switch with "use <paper-id>"; papers: ${ids.join(', ')}.`);
    }
    const paper = this.engine.paper(paperId);
    if (!paper) return { ...plain(text, `There is no paper "${paperId}". Papers: ${ids.join(', ')}.`, 'not-found'), suggestions: ids.map((id) => `use ${id}`).slice(0, 3) };
    this.channelPapers.set(channel, paperId);
    return plain(text, `This channel now reads ${paper.data.shortTitle} (${paper.data.id}). Questions go to it; "all: <question>" asks every paper.`);
  }
}
