import { createSourceEventStream, execute, type DocumentNode, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { GraphQLContext } from '../shared/context';
import { agenciesActedFor, type Viewer } from '../shared/viewer';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** The text a subscription was sent as, per parsed document (set where the text is known). */
const documentTexts = new WeakMap<DocumentNode, string>();

export function rememberDocumentText(document: DocumentNode, text: string): void {
  documentTexts.set(document, text);
}

/** Results already computed for one pushed event, by audience and operation. */
const resultsByEvent = new WeakMap<object, Map<string, Result>>();

/**
 * graphql-ws `subscribe` that runs a pushed event's selection once per audience, not once per
 * subscriber. Who receives an event is still decided per subscriber, by the subscription's own
 * source stream with the subscriber's own viewer (`canSeeEvent`); only building the payload is
 * shared, among subscribers who sent the same operation and variables and belong to the same
 * agency with the same role (acting for the same agencies) — everything the payload's resolvers may depend on (allowedActions,
 * visibility of linked records).
 *
 * The shared execution runs as that audience, not as any one person: its viewer has no user or
 * session id, so a resolver that ever needs "who exactly" fails loudly there instead of handing
 * one official's view to a colleague. Sharing keys on the event object itself (the bus hands the
 * same object to every listener in this process) and ends when it is garbage-collected; replayed
 * events are read per subscriber and executed per subscriber, as before.
 */
export function subscribeSharingResults(audienceContext: (viewer: Viewer) => GraphQLContext) {
  return async (args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> => {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const context = args.contextValue as GraphQLContext;
    const text = documentTexts.get(args.document);
    const viewer = context.viewer;
    const audienceKey =
      text !== undefined && viewer
        ? [
            viewer.agencyId,
            // the agencies acted for decide what a leader sees (its units' records) and may do
            agenciesActedFor(viewer).join(','),
            viewer.role,
            viewer.inCommittee,
            args.operationName ?? '',
            JSON.stringify(args.variableValues ?? {}),
            text,
          ].join('\u0000')
        : null;
    return mapEvents(source, (event) => {
      if (audienceKey === null || typeof event !== 'object' || event === null)
        return execute({ ...args, rootValue: event });
      let results = resultsByEvent.get(event);
      if (!results) resultsByEvent.set(event, (results = new Map()));
      let result = results.get(audienceKey);
      if (!result) {
        result = execute({ ...args, rootValue: event, contextValue: audienceContext(asAudience(viewer!)) });
        results.set(audienceKey, result);
      }
      return result;
    });
  };
}

function asAudience(viewer: Viewer): Viewer {
  return { ...viewer, userId: '', sessionId: '' };
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/**
 * Maps a source stream; `return()` goes straight to the source (a plain iterator, not an async
 * generator, so closing is never queued behind a pending event — see shared/stoppable.ts).
 *
 * An event whose execution failed (its record could not be read: the database went away) is not
 * sent as an error payload while the stream goes on: that payload carries no event id, so a
 * client resuming "after the last id seen" would skip the event for good. The stream ends with
 * the cause instead (graphql-ws sends it as the operation's `error`, coded SERVICE_UNAVAILABLE for
 * a lost database), and the client resubscribes after the last event it has.
 */
function mapEvents(
  source: AsyncIterable<unknown>,
  map: (event: unknown) => Result,
): AsyncIterableIterator<ExecutionResult> {
  const events = source[Symbol.asyncIterator]();
  const done = (): IteratorResult<ExecutionResult> => ({ done: true, value: undefined });
  const mapped: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const next = await events.next();
      if (next.done) return done();
      const result = await map(next.value);
      if (result.errors?.length) {
        await events.return?.(); // graphql-ws does not close a stream that threw
        throw result.errors[0].originalError ?? result.errors[0];
      }
      return { done: false, value: result };
    },
    async return() {
      await events.return?.();
      return done();
    },
    async throw(error: unknown) {
      await events.return?.();
      throw error;
    },
    [Symbol.asyncIterator]: () => mapped,
  };
  return mapped;
}
