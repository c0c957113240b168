import { HELP_TEXT, isCuration, parseCommand, type Command, type CurationCommand } from './commands.js';
import { actorOf, mayCurate, type Curation } from './curation.js';
import { Deliveries } from './deliveries.js';
import { Engine, type Scope } from './engine.js';
import type { EngineSource } from './live-engine.js';
import { FeedbackBook, type Feedback, type FeedbackOutcome, type FeedbackSink } from './feedback.js';
import { GapReports } from './gaps.js';
import { isLogged, QuestionLog, questionRecord } from './question-log.js';
import { localLimits, RateLimiter, type UserLimits } from './rate-limit.js';
import { StoreMonitor, type StoreHealth } from './store-health.js';
import type { QuestionRecord, Store } from './store.js';
import { Conversations } from './conversations.js';
import { MESSAGES } from './messages.js';
import { plainAnswer } from './plain-answer.js';
import { asksShorter, fitToLength, onlyWhenAnswered, shorten } from './shorten.js';
import { cleanInput, MAX_QUESTION_CHARS, type CleanInput } from './text.js';
import type { Answer } from './types.js';

/** What an adapter hands the core: the user's text with platform syntax removed, and where it came from. */
export interface Request {
  platform: 'slack' | 'discord' | 'terminal' | 'cli';
  /** a conversation (channel, thread, DM or terminal session): `source <n>` refers to its last answer */
  conversationId: string;
  /** the channel whose current paper applies (`use <paper-id>`); defaults to the conversation */
  channelId?: string;
  userId?: string;
  /** a paper chosen for this question alone (Discord's paper option); the channel's paper is left as it is */
  paperId?: string;
  text: string;
  /** whether the platform counts this person as an administrator; asked only for a curator's command */
  isAdmin?: () => Promise<boolean>;
  /** shows that slow work has begun (fetching a paper); without it the user just waits for the answer */
  progress?: (message: string) => Promise<void>;
  /**
   * The text is someone else's message handed to the bot ("Ask about this message"): it is only ever a
   * question, never a command run with the rights of whoever clicked (a member's "remove x" must not
   * become a curator's).
   */
  asQuestion?: boolean;
}

export interface ResponderOptions {
  /** questions per user per minute, counted in this process; 0 turns the limit off (terminal, CLI) */
  questionsPerMinute?: number;
  /** per-user limits shared by every instance (from the store); used by `handle` instead of the local count */
  limits?: UserLimits;
  now?: () => number;
  /** the question log, feedback and channel settings; without one, nothing is remembered across restarts */
  store?: Store;
  /** channel -> paper, as loaded from the store at start-up */
  channelPapers?: Map<string, string>;
  /** store failures are reported here (the core has no logger); the user still gets their answer */
  onStoreError?: (error: unknown, what: string) => void;
  /** a question-log row that could not be stored, reported with the row so the operator still has it */
  onLogFailure?: (error: unknown, record: QuestionRecord) => void;
  /** adding, removing and publishing papers from the chat; without it those commands say how to do it instead */
  curation?: Curation;
  /** CURATORS: who may change the library; empty or absent: the platforms' administrators */
  curators?: ReadonlySet<string>;
}

const NO_CURATION =
  'Papers can be added from the chat only where the bot keeps its store (`npm start`: the terminal chat, Slack or Discord). From a shell: `npm run paper:add -- --pmcid PMC… --publish`.';
const ADD_USAGE = 'Give the paper\'s identifier: `add PMC2599765`, `add 10.1289/ehp.11570` (a DOI) or `add 19079722` (a PubMed id). The paper must be open access in PubMed Central.';
const NOT_CURATOR =
  'Only the journal club\'s curators can change the library. Ask one of them to add it, or an admin to put you in CURATORS. Meanwhile "papers" lists what is here to ask about.';

const NO_LOG = 'The question log is off here (no database), so there are no gaps to show. The bot keeps one when run with `npm start`; `npm run report` prints it.';

const plain = plainAnswer;

/**
 * The one entry point every surface calls. `respond` is the pure, synchronous path (engine only);
 * `handle` adds what needs the store: shared rate limits, the question log (written before the
 * answer is returned), `gaps`, and persisting `use`. Commands are dispatched here, in `run`, and
 * only here. Deliveries, the question log and feedback have modules of their own.
 */
export class Responder implements FeedbackSink {
  /** acting on each platform delivery once, in this process and across instances */
  readonly deliveries: Deliveries;
  private readonly conversations = new Conversations();
  private readonly limiter: RateLimiter;
  private readonly limits: UserLimits;
  private channelPapers: Map<string, string>;
  private readonly source: EngineSource;
  private readonly monitor: StoreMonitor | undefined;
  private readonly store: Store | undefined;
  private readonly log: QuestionLog | undefined;
  private readonly reports: GapReports | undefined;
  private readonly feedback: FeedbackBook;

  constructor(
    engine: Engine | EngineSource,
    private readonly options: ResponderOptions = {},
  ) {
    this.source = engine instanceof Engine ? { current: engine } : engine;
    this.limiter = new RateLimiter(options.questionsPerMinute ?? 0, options.now);
    this.limits = options.limits ?? localLimits(options.questionsPerMinute ?? 0, options.now);
    this.channelPapers = new Map(options.channelPapers ?? []);
    if (options.store) {
      this.monitor = new StoreMonitor(options.store, options.now);
      this.store = this.monitor.store;
      this.log = new QuestionLog(this.store, (error, record) => (options.onLogFailure ?? ((e) => options.onStoreError?.(e, 'logging the question')))(error, record));
      this.reports = new GapReports(this.store, () => this.engine, options.now);
    }
    this.deliveries = new Deliveries({ ...(this.store ? { store: this.store } : {}), ...(options.now ? { now: options.now } : {}), ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}) });
    this.feedback = new FeedbackBook({
      ...(this.store ? { store: this.store } : {}),
      deliveries: this.deliveries,
      limits: this.limits,
      paperOf: (id) => this.engine.library.claimById.get(id)?.paperId,
      ...(options.onStoreError ? { onStoreError: options.onStoreError } : {}),
    });
  }

  /** The engine answering now: a library change swaps it, so it is read per request, never kept. */
  get engine(): Engine {
    return this.source.current;
  }

  /** The channels' chosen papers as another instance left them in the store. */
  replaceChannelPapers(channelPapers: Map<string, string>): void {
    this.channelPapers = new Map(channelPapers);
  }

  /** Channels that chose a paper with `use`, and the paper each reads (papers since removed left out). */
  channelsReading(): Array<{ channel: string; paperId: string }> {
    return [...this.channelPapers].filter(([, paperId]) => this.engine.paper(paperId)).map(([channel, paperId]) => ({ channel, paperId }));
  }

  /** The gaps report for curators, or undefined when there is no question log or it cannot be read now. */
  async gapsReport(days: number): Promise<string | undefined> {
    if (!this.reports) return undefined;
    try {
      return await this.reports.text(days);
    } catch (error) {
      this.options.onStoreError?.(error, 'reading the gaps report');
      return undefined;
    }
  }

  /** The paper a channel reads: its own choice, or the library's newest. */
  paperFor(channelId: string): string {
    const chosen = this.channelPapers.get(channelId);
    return chosen && this.engine.paper(chosen) ? chosen : this.engine.defaultPaperId;
  }

  respond(request: Request, scope?: Scope): Answer {
    const input = cleanInput(request.text);
    const wait = request.userId ? this.limiter.take(`${request.platform}:${request.userId}`) : 0;
    if (wait > 0) return this.limited(input.text, wait, this.limiter.perMinute);
    return this.answer(request, input, this.commandOf(request, input.text), scope);
  }

  /** `respond`, plus the store: shared limits, logs the question, answers `gaps`, and keeps `use` across restarts. */
  async handle(request: Request): Promise<Answer> {
    const started = performance.now();
    const input = cleanInput(request.text);
    const command = this.commandOf(request, input.text);
    const wait = request.userId ? await this.limits.take('question', `${request.platform}:${request.userId}`) : 0;
    if (wait > 0) return this.limited(input.text, wait, this.limits.perMinute);
    const channel = request.channelId ?? request.conversationId;
    const answer =
      command.kind === 'gaps' ? await this.gaps(input.text, command.days) : isCuration(command) ? await this.curate(request, command, input.text, channel) : this.answer(request, input, command);
    const { store, log } = this;
    if (!store || !log) return answer;
    if (command.kind === 'use' && command.paperId && answer.answered) {
      await this.guard('saving the channel paper', () => store.setChannelPaper(channel, command.paperId!));
    }
    if (request.platform !== 'cli' && isLogged(command)) {
      // Awaited: the row is stored before the answer can reach anyone, so a crash cannot lose it.
      await log.write(
        questionRecord({
          platform: request.platform,
          channel,
          userId: request.userId ?? null,
          question: input.text,
          // The key groups what the claims did not answer (`gaps`); a full answer needs none, and reading the question
          // again for it was a twentieth of the bot's time a request.
          questionKey: answer.answered && answer.reason !== 'partial' ? '' : this.engine.questionKey(command.kind === 'ask' ? command.question : `define ${command.term}`),
          answer,
          channelPaperId: command.kind === 'ask' && command.everywhere ? null : this.paperFor(channel),
          latencyMs: performance.now() - started,
        }),
      );
    }
    return answer;
  }

  /** FeedbackSink: a 👍/👎 on an answer, once per person per answer, within the per-person limit. */
  record(feedback: Feedback & { messageId?: string; answerKey?: string }): Promise<FeedbackOutcome> {
    return this.feedback.record(feedback);
  }

  /** Remembers which answer a platform message carries, so reactions to it count as feedback. */
  async rememberReply(platform: 'discord' | 'slack', messageId: string, channel: string, answer: Answer): Promise<void> {
    const store = this.store;
    if (!store) return;
    const paperIds = [...new Set(answer.citations.map((c) => c.paperId))];
    await this.guard('remembering the reply', () =>
      store.rememberAnswerMessage({ platform, messageId, channel, question: answer.question, paperId: paperIds.length === 1 ? paperIds[0]! : null, claimIds: [...new Set(answer.citations.map((c) => c.claimId))] }),
    );
  }

  /** A reaction on one of the bot's messages; undefined when the message is not a remembered answer. */
  async reactionFeedback(platform: 'discord', messageId: string, userId: string, vote: 'up' | 'down'): Promise<FeedbackOutcome | undefined> {
    const store = this.store;
    if (!store) return undefined;
    const message = await store.findAnswerMessage(platform, messageId).catch((error: unknown) => {
      this.options.onStoreError?.(error, 'looking up a reacted message');
      return undefined;
    });
    if (!message) return undefined;
    return this.record({ platform, conversationId: message.channel, userId, question: message.question, vote, claimIds: message.claimIds, messageId });
  }

  /** The store's state for /healthz (undefined without a store). */
  storeHealth(): Promise<StoreHealth> | undefined {
    return this.monitor?.health();
  }

  /** Waits for question-log writes still under way (shutdown calls this before closing the store). */
  async flush(): Promise<void> {
    await this.log?.flush();
  }

  private commandOf(request: Request, text: string): Command {
    return request.asQuestion ? { kind: 'ask', question: text.trim() } : parseCommand(text);
  }

  private limited(question: string, waitMs: number, perMinute: number): Answer {
    const seconds = Math.ceil(waitMs / 1000);
    const summary = `You're asking faster than I can keep up with (${perMinute} questions a minute). Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
    return plain(question, summary, 'rate-limited');
  }

  private answer(request: Request, input: CleanInput, command: Command, scope?: Scope): Answer {
    const channel = request.channelId ?? request.conversationId;
    if (request.paperId && !this.engine.paper(request.paperId)) {
      const ids = this.engine.library.papers.map((p) => p.data.id);
      return plain(input.text, `There is no paper "${request.paperId}". Papers: ${ids.join(', ')}.`, 'not-found');
    }
    const chosen = request.paperId ? { paperId: request.paperId } : undefined;
    const effective = scope ?? (command.kind === 'ask' && command.everywhere ? {} : chosen ?? { paperId: this.paperFor(channel) });
    const answer = this.run(command, input.text, request.conversationId, channel, effective);
    if (input.truncated) answer.notices.unshift(MESSAGES.truncated(MAX_QUESTION_CHARS));
    // "source 1" then "source 2" both refer to the answer being read, not to each other.
    if (answer.citations.length > 0 && command.kind !== 'source') this.conversations.remember(request.conversationId, { answer });
    return answer;
  }

  private async guard(what: string, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.options.onStoreError?.(error, what);
    }
  }

  /** add / remove / publish: curators only; the work is the Curation's, the channel's new paper is kept here. */
  private async curate(request: Request, command: CurationCommand, text: string, channel: string): Promise<Answer> {
    const { curation } = this.options;
    if (!curation) return plain(text, NO_CURATION, 'not-found');
    if (!(await mayCurate(request, this.options.curators))) return plain(text, NOT_CURATOR, 'not-allowed');
    const which = command.kind === 'add' ? command.ref : command.paperId;
    if (!which) return plain(text, command.kind === 'add' ? ADD_USAGE : `Say which paper: \`${command.kind} <paper-id>\` ("papers" lists the ids).`, 'not-found');
    // Showing progress is a courtesy: a platform refusing the "reading…" note must not stop the add.
    const progress = async (message: string) => {
      await request.progress?.(message).catch(() => undefined);
    };
    const ask = { actor: actorOf(request), channel, text, progress };
    const result = await (command.kind === 'add' ? curation.add(which, ask) : command.kind === 'remove' ? curation.remove(which, ask) : curation.publish(which, ask));
    if (result.removed) {
      for (const [ch, paperId] of this.channelPapers) if (paperId === result.removed) this.channelPapers.delete(ch);
    }
    if (result.channelPaper) {
      this.channelPapers.set(channel, result.channelPaper);
      this.conversations.forgetTurn(request.conversationId);
      const store = this.store;
      if (store) await this.guard('saving the channel paper', () => store.setChannelPaper(channel, result.channelPaper!));
    }
    return result.answer;
  }

  private async gaps(text: string, days: number): Promise<Answer> {
    if (!this.reports) return plain(text, NO_LOG, 'not-found');
    try {
      return plain(text, await this.reports.text(days));
    } catch (error) {
      this.options.onStoreError?.(error, 'reading the gaps report');
      return plain(text, 'The question log could not be read just now; please try again in a minute.', 'not-found');
    }
  }

  private run(command: Command, text: string, conversationId: string, channel: string, scope: Scope): Answer {
    switch (command.kind) {
      case 'ask': {
        // "Shorter pls": the last answer here, cut to its first sentences.
        if (asksShorter(command.question)) {
          const last = this.conversations.lastAnswer(conversationId);
          if (last) return shorten(last, text, MESSAGES.shortened);
          if (!onlyWhenAnswered(command.question)) return plain(text, MESSAGES.nothingToShorten, 'not-found');
        }
        const previous = this.conversations.lastTurn(conversationId);
        const { answer, turn } = this.engine.converse(command.question, {
          ...(scope.paperId ? { paperId: scope.paperId } : {}),
          ...(command.everywhere || !scope.paperId ? { everywhere: true } : {}),
          ...(previous ? { previous } : {}),
        });
        if (turn) this.conversations.remember(conversationId, { turn });
        // "Summarise the paper in 2 sentences": the answer cut to the length asked, the full one a message away.
        return fitToLength(answer, text, MESSAGES.cutToLength);
      }
      case 'summary':
        return this.engine.summary(scope, text);
      case 'define':
        return this.engine.define(command.term, scope, text);
      case 'claims':
        return this.engine.listClaims(command.topic, scope);
      case 'discuss':
        return this.engine.discuss(scope, text, command.more === true);
      case 'papers':
        return this.engine.papers(text, this.paperFor(channel));
      case 'use':
        return this.use(command.paperId, text, channel, conversationId);
      case 'gaps':
        return plain(text, NO_LOG, 'not-found');
      case 'help':
        return plain(text, HELP_TEXT);
      case 'add':
      case 'remove':
      case 'publish':
        // The synchronous path has no store to keep a paper in.
        return plain(text, NO_CURATION, 'not-found');
      case 'source': {
        if ('claimId' in command.ref) return this.engine.source(command.ref.claimId, text);
        const { n } = command.ref;
        const at = this.conversations.lastAnswer(conversationId)?.citations.filter((c) => c.n === n) ?? [];
        const citation = at[0];
        if (citation && at.some((c) => this.engine.library.claimById.has(c.claimId))) return this.engine.sourceAt(at, n, text);
        const why = citation
          ? `Citation [${n}] is not a claim (a definition or an open question); its source is listed with the answer.`
          : this.conversations.has(conversationId)
            ? `The last answer here has no citation [${n}].`
            : `There is no earlier answer here for [${n}] to refer to. Ask a question first, or give a claim id ("claims" lists them).`;
        return plain(text, why, 'not-found');
      }
    }
  }

  private use(paperId: string | undefined, text: string, channel: string, conversationId: string): Answer {
    const ids = this.engine.library.papers.map((p) => p.data.id);
    if (!paperId) {
      const current = this.engine.paper(this.paperFor(channel))!;
      return plain(text, `This channel reads ${current.data.shortTitle} (${current.data.id}). Switch with "use <paper-id>"; papers: ${ids.join(', ')}.`);
    }
    const paper = this.engine.paper(paperId);
    if (!paper) return { ...plain(text, `There is no paper "${paperId}". Papers: ${ids.join(', ')}.`, 'not-found'), suggestions: ids.map((id) => `use ${id}`).slice(0, 3) };
    this.channelPapers.set(channel, paperId);
    this.conversations.forgetTurn(conversationId);
    const draft = paper.data.status === 'draft' ? ` It is still a draft: only its record (title, authors, journal, date) can be asked about until a curator publishes it.` : '';
    return plain(text, `This channel now reads ${paper.data.shortTitle} (${paper.data.id}). Questions go to it; "all: <question>" asks every paper.${draft}`);
  }
}
