import type { Command } from './commands.js';
import type { QuestionRecord, Store } from './store.js';
import type { Answer } from './types.js';

/** The commands whose questions the curator wants in the log (what people asked of the claims). */
export const isLogged = (command: Command): command is Extract<Command, { kind: 'ask' | 'define' }> => command.kind === 'ask' || command.kind === 'define';

/** One row of the log for an answered (or declined) question. */
export function questionRecord(parts: {
  platform: string;
  channel: string;
  userId: string | null;
  question: string;
  questionKey: string;
  answer: Answer;
  /** the paper the channel reads, when the answer cites none or several */
  channelPaperId: string | null;
  latencyMs: number;
  at?: Date;
}): QuestionRecord {
  const { answer } = parts;
  const paperIds = [...new Set(answer.citations.map((c) => c.paperId))];
  return {
    at: parts.at ?? new Date(),
    platform: parts.platform,
    channel: parts.channel,
    userId: parts.userId,
    paperId: paperIds.length === 1 ? paperIds[0]! : parts.channelPaperId,
    question: parts.question,
    questionKey: parts.questionKey,
    answered: answer.answered,
    partial: answer.reason === 'partial',
    claimIds: [...new Set(answer.citations.map((c) => c.claimId))],
    latencyMs: parts.latencyMs,
  };
}

/**
 * The question log. A row is written before the answer leaves (the caller awaits `write`), so
 * nothing a person was answered can be lost to a crash afterwards. A write the store refuses or
 * cannot take in time is reported with the whole row (the operator's logs then hold it) and the
 * person still gets their answer: the failure shows in /healthz, not in their channel.
 */
export class QuestionLog {
  private readonly pending = new Set<Promise<boolean>>();

  constructor(
    private readonly store: Pick<Store, 'logQuestion'>,
    private readonly onError: (error: unknown, record: QuestionRecord) => void = () => undefined,
  ) {}

  /** True once the row is stored. */
  write(record: QuestionRecord): Promise<boolean> {
    const write = this.store.logQuestion(record).then(
      () => true,
      (error: unknown) => {
        this.onError(error, record);
        return false;
      },
    );
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
    return write;
  }

  /** Waits for writes still under way. */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }
}
