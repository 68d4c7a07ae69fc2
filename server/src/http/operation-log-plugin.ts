import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError, OperationDefinitionNode } from 'graphql';
import type { GraphQLContext } from '../shared/context';
import type { Logger } from '../observability/logger';
import { countLoginFailure, countRateLimitRefusal, observeOperation, operationLabel } from '../observability/metrics';
import { currentRequestId } from '../observability/request-scope';

/** The outcome of an operation: OK, or the code of its first error. */
export function outcomeOf(errors: readonly GraphQLFormattedError[] | undefined): string {
  const code = errors?.[0]?.extensions?.code;
  return errors?.length ? (typeof code === 'string' ? code : 'UNKNOWN') : 'OK';
}

/** Failures that are the server's, not the caller's: their operation lines are warnings. */
const SERVER_SIDE = new Set(['INTERNAL_SERVER_ERROR', 'SERVICE_UNAVAILABLE']);

/**
 * One log line and one histogram sample per GraphQL operation over HTTP: request id, operation
 * name and type, who (user and agency ids: never a token or what was sent), duration, outcome.
 * Sign-in refusals are counted here, from the `login` field's own error code, so the auth module
 * stays free of metrics.
 */
export function operationLogPlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation, operationName, request, contextValue }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const outcome = outcomeOf(errors);
          const name = operationName ?? request.operationName ?? null;
          const type = operation?.operation ?? 'unknown';
          observeOperation(operationLabel(name), type, outcome, seconds);
          countSignInRefusals(operation, errors);
          const line = {
            requestId: currentRequestId(),
            operation: name ?? '(anonymous)',
            type,
            userId: contextValue.viewer?.userId ?? null,
            agencyId: contextValue.viewer?.agencyId ?? null,
            durationMs: Math.round(seconds * 1e4) / 10,
            outcome,
          };
          if (SERVER_SIDE.has(outcome)) logger.warn(line, 'graphql operation failed');
          else logger.info(line, 'graphql operation');
        },
      };
    },
  };
}

function countSignInRefusals(
  operation: OperationDefinitionNode | undefined,
  errors: readonly GraphQLFormattedError[] | undefined,
): void {
  if (!errors?.length || operation?.operation !== 'mutation') return;
  const loginKeys = new Set(
    operation.selectionSet.selections.flatMap((s) =>
      s.kind === 'Field' && s.name.value === 'login' ? [s.alias?.value ?? 'login'] : [],
    ),
  );
  if (loginKeys.size === 0) return;
  for (const error of errors) {
    if (typeof error.path?.[0] !== 'string' || !loginKeys.has(error.path[0])) continue;
    if (error.extensions?.code === 'UNAUTHENTICATED') countLoginFailure();
    if (error.extensions?.code === 'RATE_LIMITED') countRateLimitRefusal('login');
  }
}
