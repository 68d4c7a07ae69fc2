import { GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import type { GraphQLContext } from '../shared/context';
import { Role, type Viewer } from '../shared/viewer';
import { rememberDocumentText, subscribeSharingResults } from './shared-execution';

/** A schema whose one subscription pushes whatever event object the test hands it. */
function harness() {
  const calls: Viewer[] = [];
  const sources: ((event: object) => void)[] = [];
  let closed = 0;
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        changed: {
          type: GraphQLString,
          subscribe: () => {
            const queue: object[] = [];
            let wake: (() => void) | null = null;
            sources.push((event) => {
              queue.push(event);
              wake?.();
            });
            return {
              [Symbol.asyncIterator]() {
                return this;
              },
              async next() {
                while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
                return { done: false, value: queue.shift() };
              },
              async return() {
                closed++;
                return { done: true, value: undefined };
              },
            };
          },
          // what the payload says depends on the audience: agency and role
          resolve: (event: { failure?: Error }, _args, ctx: GraphQLContext) => {
            if (event.failure) throw event.failure; // its record could not be read
            calls.push(ctx.viewer!);
            return `${ctx.viewer!.agencyId}/${ctx.viewer!.role}`;
          },
        },
      },
    }),
  });
  const subscribe = subscribeSharingResults((viewer) => ({ viewer }) as GraphQLContext);
  const text = 'subscription { changed }';
  const open = async (viewer: Viewer) => {
    const document = parse(text);
    rememberDocumentText(document, text);
    const stream = (await subscribe({
      schema,
      document,
      contextValue: { viewer },
    })) as AsyncIterableIterator<ExecutionResult>;
    return stream;
  };
  const push = (event: object) => sources.forEach((deliver) => deliver(event));
  return { calls, open, push, closed: () => closed };
}

const viewer = (userId: string, agencyId: string, role = Role.STAFF): Viewer => ({
  sessionId: `s-${userId}`,
  userId,
  agencyId,
  role,
  inCommittee: false,
});

describe('subscription results shared per audience', () => {
  it('executes an event once for subscribers of the same agency and role, once more for another audience', async () => {
    const h = harness();
    const streams = await Promise.all(
      [viewer('an', 'STNMT'), viewer('binh', 'STNMT'), viewer('chi', 'STNMT', Role.LEAD), viewer('dung', 'STC')].map(
        h.open,
      ),
    );
    const event = { id: 1 };
    h.push(event);
    const payloads = await Promise.all(streams.map(async (s) => (await s.next()).value.data.changed));
    expect(payloads).toEqual(['STNMT/STAFF', 'STNMT/STAFF', 'STNMT/LEAD', 'STC/STAFF']);
    expect(h.calls).toHaveLength(3);
    // the shared run is the audience's, never one person's
    expect(h.calls.every((v) => v.userId === '' && v.sessionId === '')).toBe(true);

    h.push({ id: 2 }); // a new event is executed anew
    await Promise.all(streams.map((s) => s.next()));
    expect(h.calls).toHaveLength(6);
    await Promise.all(streams.map((s) => s.return!()));
  });

  it('ends the stream with the cause when an event cannot be executed: an error payload would skip the event', async () => {
    const h = harness();
    const stream = await h.open(viewer('an', 'STNMT'));
    const lost = new Error('Connection terminated unexpectedly');
    h.push({ id: 1, failure: lost });
    await expect(stream.next()).rejects.toBe(lost);
    expect(h.closed()).toBe(1); // graphql-ws does not close a stream that threw: it stopped listening itself
  });
});
