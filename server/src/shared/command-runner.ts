import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './clock';
import { conflict, notFound, type NotFoundSubject } from './errors';
import { flushOrConflict } from './flush';
import { isId } from './ids';
import type { Message } from './messages';
import type { Viewer } from './viewer';

/** The record acted on: at the version the user saw (if given), with the client's key for retries. */
export interface CommandRef {
  id: string;
  version?: number;
  idempotencyKey?: string | null;
}

/**
 * Applies a transition at most once per idempotency key: the idempotency module's `transitionOnce`,
 * passed in because `shared/` imports no module.
 */
export type TransitionOnce = (
  em: EntityManager,
  actor: Viewer | null,
  operation: string,
  ref: CommandRef,
  run: (claim: (tx: EntityManager) => Promise<void>) => Promise<void>,
) => Promise<void>;

/**
 * What a module tells the runner about its aggregate: how to load it, who may read it, how its
 * workflow table judges and moves it, and how a change is recorded and announced.
 * `Loaded` is the record with whatever judging needs (its participants, its appraisals...).
 */
export interface Workflow<Actor extends Viewer | null, Loaded, Action extends string, Outcome, Recorded, View> {
  /** The aggregate's event type, e.g. 'REQUEST': the idempotency operation is `REQUEST.SUBMIT`. */
  aggregate: string;
  /** What NOT_FOUND names ('request'). */
  subject: NotFoundSubject;
  transitionOnce: TransitionOnce;
  /** The idempotency operation of an action, when it is not `<aggregate>.<action>`. */
  operationOf?: (action: Action) => string | undefined;
  /** The CONFLICT message when another writer moved the record on meanwhile. */
  conflictMessage?: Message;
  load(tx: EntityManager, id: string): Promise<Loaded | null>;
  /** The aggregate's one read rule (its SQL predicate), as the viewer sees the row in `tx`. */
  isReadable(tx: EntityManager, viewer: Viewer, id: string): Promise<boolean>;
  versionOf(loaded: Loaded): number;
  /** Throws the module's refusal when the workflow table says no. */
  judge(loaded: Loaded, action: Action, actor: Actor): void;
  /** Moves the status the table gives (through the entity's method) and dates the activity. */
  moveStatus(loaded: Loaded, action: Action, actor: Actor, now: Date): void;
  /**
   * Notifications and the event row, in the transaction (the event last: it takes the commit-order
   * lock). The action tells which delegable power, if any, the act was taken under.
   */
  record(tx: EntityManager, actor: Actor, loaded: Loaded, outcome: Outcome, action: Action): Promise<Recorded>;
  /** After commit: the bells. */
  publish(recorded: Recorded): Promise<void>;
  /** The record as the viewer now sees it. */
  read(viewer: Viewer, id: string): Promise<View>;
}

/**
 * The action's own work, between judging and moving the status; it returns what to record.
 * `now` is the moment the status move will be dated with.
 */
export type Apply<Loaded, Outcome> = (tx: EntityManager, loaded: Loaded, now: Date) => Promise<Outcome>;

/**
 * The one path of a workflow mutation: load → readable? → version → judge → apply → move status →
 * flush (or CONFLICT) → claim the idempotency key → event and notifications → commit → publish →
 * re-read. Each module builds one with its workflow; its service methods give the action and its
 * apply step.
 */
export class CommandRunner<Actor extends Viewer | null, Loaded, Action extends string, Outcome, Recorded, View> {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly workflow: Workflow<Actor, Loaded, Action, Outcome, Recorded, View>,
  ) {}

  /** Runs the action for a viewer and answers with the record as the viewer now sees it. */
  async run(viewer: Actor & Viewer, ref: CommandRef, action: Action, apply: Apply<Loaded, Outcome>): Promise<View> {
    await this.execute(viewer, ref, action, apply);
    return this.workflow.read(viewer, ref.id);
  }

  /** Runs the action in one transaction, once per idempotency key; the bells ring after commit. */
  async execute(actor: Actor, ref: CommandRef, action: Action, apply: Apply<Loaded, Outcome>): Promise<void> {
    const flow = this.workflow;
    const operation = flow.operationOf?.(action) ?? `${flow.aggregate}.${action}`;
    await flow.transitionOnce(this.em, actor, operation, ref, async (claim) => {
      const recorded = await this.em.transactional(async (tx) => {
        const loaded = isId(ref.id) ? await flow.load(tx, ref.id) : null;
        if (!loaded || (actor && !(await flow.isReadable(tx, actor, ref.id)))) throw notFound(flow.subject);
        if (ref.version !== undefined && flow.versionOf(loaded) !== ref.version) throw conflict();
        flow.judge(loaded, action, actor);
        const now = this.clock();
        const outcome = await apply(tx, loaded, now);
        flow.moveStatus(loaded, action, actor, now);
        await flushOrConflict(tx, flow.conflictMessage);
        await claim(tx);
        return flow.record(tx, actor, loaded, outcome, action);
      });
      await flow.publish(recorded);
    });
  }
}
