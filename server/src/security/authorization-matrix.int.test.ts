import { buildSchema, isObjectType, type GraphQLSchema } from 'graphql';
import type { Client } from 'graphql-ws';
import { renderSchema } from '../schema-file';
import { DEMO_PASSWORD, startTestApp, type GraphQLResponse, type TestApp } from '../test-support/test-app';
import { waitFor } from '../test-support/wait-for';
import {
  A,
  ACTOR_AGENCIES,
  ACTORS,
  LOGINS,
  MATRIX,
  N,
  PROBES,
  U,
  World,
  expectedRow,
  type Actor,
  type Call,
  type MutationProbe,
  type Operation,
  type QueryProbe,
  type SubscriptionProbe,
} from '../test-support/authorization-matrix';

/** The operations the matrix must cover: every root field, and every other field with arguments. */
function operationsOf(schema: GraphQLSchema): string[] {
  const roots = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? [type.name] : [],
    ),
  );
  const operations: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (roots.has(type.name) || field.args.length > 0) operations.push(`${type.name}.${field.name}`);
    }
  }
  return operations.sort();
}

const DENIALS = new Set<string>(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);
/** Refusals that come after the authorization check: the caller was let through. */
const BUSINESS = new Set<string>(['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT']);

const operationsOfKind = (kind: 'query' | 'mutation' | 'subscription') =>
  (Object.keys(MATRIX) as Operation[]).filter((op) => PROBES[op].kind === kind);

type ObservedRow = Record<Actor, string>;

describe('authorization matrix: every operation, as every kind of caller', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await startTestApp();
    w = await World.build(t, DEMO_PASSWORD);
  });
  afterAll(() => t?.stop());

  it('has exactly one line per operation of the schema', async () => {
    const operations = operationsOf(buildSchema(await renderSchema()));
    const listed = Object.keys(MATRIX);
    expect({
      missing: operations.filter((op) => !listed.includes(op)),
      stale: listed.filter((op) => !operations.includes(op)),
    }).toEqual({ missing: [], stale: [] });
  });

  const tokenFor = (call: Call, actor: Actor) => ('token' in call ? call.token : w.tokens[actor]);

  /** What a call's answer means for the matrix: ALLOW, a denial code, or what went wrong. */
  async function outcome(
    result: GraphQLResponse,
    actor: Actor,
    probe: QueryProbe | MutationProbe,
    isMutation: boolean,
  ): Promise<string> {
    const error = result.errors?.[0];
    const mutationProbe = isMutation ? (probe as MutationProbe) : null;
    if (!error) {
      if (mutationProbe?.allowedAs)
        return `ALLOW, but it succeeded where the sample should stop at ${mutationProbe.allowedAs}`;
      return (await probe.check?.(w, result.data!, actor)) ?? A;
    }
    const code = error.extensions?.code ?? 'NO_CODE';
    if (DENIALS.has(code)) return code;
    if (mutationProbe && BUSINESS.has(code)) {
      if (
        mutationProbe.hides &&
        error.extensions?.fields?.some((f) => f.field === mutationProbe.hides && f.code === 'NOT_FOUND')
      )
        return N;
      if (code === mutationProbe.allowedAs) return A;
      return `ALLOW, but ${code} where the sample expects ${mutationProbe.allowedAs ?? 'success'}: ${error.message} ${JSON.stringify(error.extensions?.fields ?? [])}`;
    }
    return `${code}: ${error.message}`;
  }

  async function queryRow(operation: Operation): Promise<ObservedRow> {
    const probe = PROBES[operation] as QueryProbe;
    const row = {} as ObservedRow;
    for (const actor of ACTORS) {
      const call = probe.call(w, actor);
      row[actor] = await outcome(await t.gql(call.query, call.variables, tokenFor(call, actor)), actor, probe, false);
    }
    return row;
  }

  async function mutationRow(operation: Operation): Promise<ObservedRow> {
    const probe = PROBES[operation] as MutationProbe;
    const expected = expectedRow(operation);
    const row = {} as ObservedRow;
    let shared: { target: unknown } | null = null;
    for (const actor of ACTORS) {
      let target: unknown;
      if (probe.fresh && expected[actor] === A) target = await probe.target!(w);
      else {
        // the denied cells share one record: a denial leaves it as it was
        shared ??= { target: probe.target ? await probe.target(w) : undefined };
        target = shared.target;
      }
      const call = await probe.call(w, target, actor);
      row[actor] = await outcome(await t.gql(call.query, call.variables, tokenFor(call, actor)), actor, probe, true);
      const login = LOGINS[actor];
      if (probe.endsSessions && login) w.tokens[actor] = await t.login(login.username);
    }
    return row;
  }

  // ── subscriptions ──────────────────────────────────────────────────────────────────────────────

  interface Listener {
    actor: Actor;
    client: Client;
    messages: Record<string, any>[];
    error: string | null;
  }

  function wsErrorCode(error: unknown): string {
    if (Array.isArray(error))
      return (error[0]?.extensions?.code as string | undefined) ?? `ERROR: ${JSON.stringify(error)}`;
    const code = (error as { code?: unknown } | null)?.code;
    // graphql-ws closes the socket with 4403 when connection_init is refused (no valid session)
    if (code === 4403 || code === 4401) return U;
    return `CLOSED: ${String(code ?? error)}`;
  }

  function listen(actor: Actor, query: string, variables?: Record<string, unknown>): Listener {
    const client = t.wsClient(w.tokens[actor]);
    const listener: Listener = { actor, client, messages: [], error: null };
    client.subscribe(
      { query, variables },
      {
        next: (value) => {
          if (value.errors?.length)
            listener.error ??=
              (value.errors[0].extensions?.code as string | undefined) ?? `ERROR: ${value.errors[0].message}`;
          else if (value.data) listener.messages.push(value.data as Record<string, any>);
        },
        error: (error) => {
          listener.error ??= wsErrorCode(error);
        },
        complete: () => undefined,
      },
    );
    return listener;
  }

  /** Waits for `ready`, without failing: false after the timeout. */
  const settle = (ready: () => boolean, what: string, timeoutMs = 10_000) =>
    waitFor(() => (ready() ? true : undefined), what, timeoutMs).then(
      () => true,
      () => false,
    );

  async function withListeners(
    probe: SubscriptionProbe,
    variables: Record<string, unknown> | undefined,
    body: (listeners: Listener[]) => Promise<ObservedRow>,
  ): Promise<ObservedRow> {
    const listeners = ACTORS.map((actor) => listen(actor, probe.query, variables));
    try {
      return await body(listeners);
    } finally {
      await Promise.all(listeners.map((l) => l.client.dispose()));
    }
  }

  /** One record's subscription (replayed from the first event), or a value sent at once. */
  function onceRow(operation: Operation, probe: SubscriptionProbe): Promise<ObservedRow> {
    return withListeners(probe, probe.variables?.(w), async (listeners) => {
      const row = {} as ObservedRow;
      for (const l of listeners) {
        const answered = await settle(
          () => l.error !== null || l.messages.length > 0,
          `${operation}: a first message for ${l.actor}`,
        );
        if (l.error) row[l.actor] = l.error;
        else if (!answered) row[l.actor] = 'SILENT: subscribed, but nothing arrived';
        else {
          const stranger =
            probe.record && probe.subject ? l.messages.find((m) => probe.subject!(m) !== probe.record!(w)) : undefined;
          row[l.actor] = stranger ? `LEAK: a message about ${probe.subject!(stranger)}` : A;
        }
      }
      return row;
    });
  }

  /**
   * A feed, made deterministic by markers: every listener replays from the first event, and waits
   * for a marker its agency may see (so its live subscription is up); then STNMT makes a new record,
   * and a second round of markers follows. Events arrive in log order, so once a listener has its
   * second marker it has been offered every event of the new record: it heard of it, or it was
   * filtered out. The world's record (replayed) and its drafts are checked the same way.
   */
  function feedRow(operation: Operation, probe: SubscriptionProbe): Promise<ObservedRow> {
    const markers = async () => {
      const made: Record<string, string> = {};
      for (const agency of ACTOR_AGENCIES) made[agency] = await probe.marker!(w, agency);
      return made;
    };
    return withListeners(probe, undefined, async (listeners) => {
      const about = (l: Listener, id: string) => l.messages.some((m) => probe.subject!(m) === id);
      const reached = async (round: Record<string, string>, what: string) => {
        for (const l of listeners) {
          const agency = LOGINS[l.actor]?.agency;
          await waitFor(
            () => (l.error !== null || (agency && about(l, round[agency])) ? true : undefined),
            `${operation}: ${l.actor} hears its ${what} marker`,
            10_000,
          );
        }
      };
      await reached(await markers(), 'first');
      const fresh = await probe.change!(w);
      await reached(await markers(), 'second');

      const row = {} as ObservedRow;
      for (const l of listeners) {
        if (l.error) {
          row[l.actor] = l.error;
          continue;
        }
        const live = about(l, fresh);
        const replayed = about(l, probe.replayed!(w));
        const drafts = LOGINS[l.actor]?.agency === 'STNMT' ? [] : probe.drafts!(w).filter((id) => about(l, id));
        if (drafts.length > 0) row[l.actor] = `LEAK: events of STNMT's draft ${drafts.join(', ')}`;
        else if (live && replayed) row[l.actor] = A;
        else if (!live && !replayed) row[l.actor] = N;
        else
          row[l.actor] =
            `INCONSISTENT: the new record ${live ? 'heard' : 'not heard'}, the replayed one ${replayed ? 'heard' : 'not heard'}`;
      }
      return row;
    });
  }

  /** A change with no replay: repeated until every listener has heard of it (or gave up). */
  function broadcastRow(operation: Operation, probe: SubscriptionProbe): Promise<ObservedRow> {
    return withListeners(probe, undefined, async (listeners) => {
      const done = () => listeners.every((l) => l.error !== null || l.messages.length > 0);
      await waitFor(
        async () => {
          if (done()) return true;
          await probe.trigger!(w);
          return done() ? true : undefined;
        },
        `${operation}: every listener hears the change`,
        10_000,
        100,
      ).catch(() => undefined); // whoever heard nothing by then is reported as N below
      const row = {} as ObservedRow;
      for (const l of listeners) row[l.actor] = l.error ?? (l.messages.length > 0 ? A : N);
      return row;
    });
  }

  function subscriptionRow(operation: Operation): Promise<ObservedRow> {
    const probe = PROBES[operation] as SubscriptionProbe;
    if (probe.style === 'feed') return feedRow(operation, probe);
    if (probe.style === 'broadcast') return broadcastRow(operation, probe);
    return onceRow(operation, probe);
  }

  describe('queries', () => {
    it.each(operationsOfKind('query'))('%s', async (operation) => {
      expect(await queryRow(operation)).toEqual(expectedRow(operation));
    });
  });

  describe('mutations', () => {
    it.each(operationsOfKind('mutation'))('%s', async (operation) => {
      expect(await mutationRow(operation)).toEqual(expectedRow(operation));
    });
  });

  describe('subscriptions', () => {
    it.each(operationsOfKind('subscription'))('%s', async (operation) => {
      expect(await subscriptionRow(operation)).toEqual(expectedRow(operation));
    });
  });
});
