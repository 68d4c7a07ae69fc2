import {
  Client,
  getOperationName,
  makeErrorResult,
  makeResult,
  type Exchange,
  type ExecutionResult,
  type Operation,
  type OperationResult,
} from 'urql';
import { filter, fromPromise, fromValue, makeSubject, map, mergeMap, pipe, share, takeUntil, type Source } from 'wonka';
import type { ApiClient, ApiClientOptions } from '../kit/api-provider';
import { apiExchanges } from '../app/urql';
import { answerAsServer, refusalAsServer } from './schema-server';

type Variables = Record<string, unknown>;
/** A canned answer, or a function of the variables; a promise keeps the operation in flight. */
export type Responder = ExecutionResult | ((variables: Variables) => ExecutionResult | Promise<ExecutionResult>);

export interface StubApi {
  /** Every query, mutation and subscription sent, in order. */
  operations: Operation[];
  /** Pushes an event to the active subscriptions with this operation name. */
  emit: (operationName: string, result: ExecutionResult) => void;
  /** For <ApiProvider createClient>: each call makes a fresh Client (as after sign-in/out) on the same stubs. */
  createClient: (options?: ApiClientOptions) => ApiClient;
  /** How many clients <ApiProvider> has created so far. */
  clientsCreated: () => number;
  /** Simulates the WebSocket coming back after a dropped connection. */
  reconnect: () => void;
}

/**
 * A real urql Client with the app's own exchanges, whose transport answers operations by name
 * from canned results. The transport checks every operation against the schema as the server
 * would (an input with `__typename` is refused with BAD_USER_INPUT), and answers through the
 * schema, so results carry `__typename` and a fixture that does not fit the schema shows up.
 */
export function createStubApi(responders: Record<string, Responder>): StubApi {
  const operations: Operation[] = [];
  const events = makeSubject<{ name: string; result: ExecutionResult }>();

  const respond = (operation: Operation, name: string): Source<OperationResult> => {
    const answer = (result: ExecutionResult) => makeResult(operation, answerAsServer(operation, result));
    const refusal = refusalAsServer(operation);
    if (refusal) return fromValue(makeResult(operation, refusal));
    if (operation.kind === 'subscription') {
      return pipe(
        events.source,
        filter((event) => event.name === name),
        map((event) => answer(event.result)),
      );
    }
    const responder = responders[name];
    if (!responder) return fromValue(makeErrorResult(operation, new Error(`No stub for operation ${name}`)));
    const result = typeof responder === 'function' ? responder(operation.variables as Variables) : responder;
    return result instanceof Promise ? pipe(fromPromise(result), map(answer)) : fromValue(answer(result));
  };

  const stubExchange: Exchange = () => (operations$) => {
    const shared$ = share(operations$);
    return pipe(
      shared$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        operations.push(operation);
        const torndown$ = pipe(
          shared$,
          filter((next) => next.kind === 'teardown' && next.key === operation.key),
        );
        return pipe(respond(operation, getOperationName(operation.query) ?? ''), takeUntil(torndown$));
      }),
    );
  };

  let clientsCreated = 0;
  const reconnectListeners = new Set<() => void>();
  return {
    operations,
    emit: (name, result) => events.next({ name, result }),
    createClient: (options = { onSessionExpired: () => undefined }) => {
      clientsCreated++;
      const client = new Client({ url: 'http://stub.test/graphql', exchanges: apiExchanges([stubExchange], options) });
      const onReconnect = (listener: () => void) => {
        reconnectListeners.add(listener);
        return () => void reconnectListeners.delete(listener);
      };
      return { client, dispose: () => undefined, onReconnect };
    },
    clientsCreated: () => clientsCreated,
    reconnect: () => reconnectListeners.forEach((listener) => listener()),
  };
}

/** The names of the operations sent so far, e.g. to assert that a form did not submit. */
export function operationNames(api: StubApi): string[] {
  return api.operations.map((operation) => getOperationName(operation.query) ?? '');
}

export function operationsNamed(api: StubApi, name: string): Operation[] {
  return api.operations.filter((operation) => getOperationName(operation.query) === name);
}

/** The variables of every operation with this name, in the order they were sent. */
export function variablesSent(api: StubApi, name: string): Variables[] {
  return operationsNamed(api, name).map((operation) => operation.variables as Variables);
}

/** A GraphQL error result the way the server formats it. */
export function graphQLError(code: string, extensions: Record<string, unknown> = {}): ExecutionResult {
  return { data: null, errors: [{ message: `server text for ${code}`, extensions: { code, ...extensions } }] };
}
