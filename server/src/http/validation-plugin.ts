import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import { validateOperation } from '../shared/operation-limits';

/**
 * Apollo's own validation runs graphql's rules beside any extra rule, so no limit could spare a
 * hostile document their quadratic work; it is switched off (`dangerouslyDisableValidation`) and
 * this plugin validates instead, exactly as the WebSocket does (`validateOperation`), before
 * anything executes. Documents that passed are remembered: Apollo hands back the same parsed
 * document for the same query text.
 */
export function validationPlugin(options: {
  introspection: boolean;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
}): ApolloServerPlugin {
  const valid = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ schema, document }) {
          if (valid.has(document)) return null;
          const errors = validateOperation(schema, document, options);
          if (errors.length === 0) {
            valid.add(document);
            return null;
          }
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { errors: errors.map((e) => options.formatError(e.toJSON(), e)) } },
          };
        },
      };
    },
  };
}
