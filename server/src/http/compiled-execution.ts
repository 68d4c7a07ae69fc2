import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];
type GatewayRequest = Parameters<NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>>[0];

/**
 * A document's plan per operation name: SEEN_ONCE after its first run (on graphql-js), then the
 * compiled plan, or null when it could not be compiled (graphql-js runs it).
 */
type Plans = Map<string, CompiledQuery | null | typeof SEEN_ONCE>;
const SEEN_ONCE = Symbol('seen once');

/**
 * Runs queries through a plan compiled once per document (graphql-jit), the rest through
 * graphql-js. A list page is ~2,000 fields; graphql-js walks each one through its generic
 * machinery on every request, the compiled plan is straight-line code for that document (plain
 * properties are read inline, resolvers are called as they are — type-graphql's global
 * middlewares included).
 *
 * Apollo Server 5 has one public place to swap the executor: the `gateway` interface. Everything
 * around execution stays Apollo's: parsing and the document cache, the validation plugin and the
 * operation limits (`responseForOperation`, before any execution), the context (auth, request
 * scope), `didEncounterErrors`, `formatError` (`shared/format-error.ts`) on every error, the
 * operation log. The plan's errors are graphql `GraphQLError`s carrying the resolver's original
 * error and path, so the formatter sees what graphql-js would give it.
 *
 * Kept on graphql-js on purpose: mutations (their cost is the database, and their serial field
 * order is graphql-js's own), subscriptions (the WebSocket layer), and variable checking — its
 * errors must stay graphql-js's exact errors, which Apollo recognises as BAD_USER_INPUT (HTTP 400),
 * so variables are checked by graphql-js first and only valid ones reach the plan; a query whose
 * valid variables the plan still refuses runs on graphql-js (see `run`).
 */
export function compiledExecution(
  schema: GraphQLSchema,
  /** Told how each operation ran (tests: the compiled path is the one taken). */
  observe: (path: 'compiled' | 'graphql-js') => void = () => {},
): Gateway {
  // Apollo hands back the same parsed document for the same query text, so a plan lives as long
  // as its document stays in Apollo's document cache.
  const plans = new WeakMap<DocumentNode, Plans>();

  // A document is compiled when it comes a second time: compiling costs more than one execution,
  // and a client sending ever new documents would otherwise pay it (and make the server pay it)
  // on every request. The pages the client sends over and over are compiled on their second use.
  const planFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let forDocument = plans.get(document);
    if (!forDocument) plans.set(document, (forDocument = new Map()));
    const key = operationName ?? '';
    const known = forDocument.get(key);
    if (known === undefined) {
      forDocument.set(key, SEEN_ONCE);
      return null;
    }
    if (known !== SEEN_ONCE) return known;
    const compiled = compileQuery(schema, document, operationName);
    const plan = isCompiledQuery(compiled) ? compiled : null;
    forDocument.set(key, plan);
    return plan;
  };

  const run = async (request: GatewayRequest): Promise<ExecutionResult> => {
    const { document, operation, context } = request;
    const operationName = request.operationName ?? request.request.operationName ?? undefined;
    const variableValues = request.request.variables;
    const withGraphqlJs = () => {
      observe('graphql-js');
      return execute({ schema, document, contextValue: context, variableValues, operationName });
    };
    const plan = operation?.operation === 'query' ? planFor(document, operationName) : null;
    if (!plan) return withGraphqlJs();
    const invalid = variableErrors(schema, operation!, variableValues);
    if (invalid) return { errors: invalid };
    const result = await plan.query(undefined, context, variableValues ?? {});
    // No `data`: the plan's own variable coercion refused what graphql-js accepted — graphql-jit
    // 0.8.9 demands a non-null input field that has a default (RequestFilter.box) — so graphql-js
    // runs it, with graphql-js's defaults. Nothing was resolved yet: no work is done twice.
    if (!('data' in result)) return withGraphqlJs();
    observe('compiled');
    return result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      // the schema never changes while the process runs; nothing reads the supergraph text
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor: run };
    },
    async stop() {},
  };
}

/** graphql-js's own variable errors (as `execute` would return them), or null when the values are valid. */
function variableErrors(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown> | undefined,
): ExecutionResult['errors'] | null {
  if (!operation.variableDefinitions?.length) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions, inputs ?? {}, { maxErrors: 50 });
  return coerced.errors ?? null;
}
