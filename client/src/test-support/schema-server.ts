import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  execute,
  getVariableValues,
  validate,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type OperationDefinitionNode,
} from 'graphql';
import type { ExecutionResult as UrqlResult, Operation } from 'urql';

// The checked-in schema the server emits; the same file codegen reads.
const schema = buildSchema(readFileSync(join(__dirname, '../../../schema/schema.graphql'), 'utf8'));

/** What Apollo Server answers (HTTP 400) to a document or variables that do not fit the schema. */
export function refusalAsServer(operation: Operation): ExecutionResult | null {
  const invalid = validate(schema, operation.query);
  if (invalid.length > 0)
    return refusal(
      'GRAPHQL_VALIDATION_FAILED',
      invalid.map((error) => error.message),
    );
  const definition = operation.query.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === 'OperationDefinition',
  );
  const coerced = getVariableValues(
    schema,
    definition?.variableDefinitions ?? [],
    (operation.variables ?? {}) as Record<string, unknown>,
  );
  return coerced.errors
    ? refusal(
        'BAD_USER_INPUT',
        coerced.errors.map((error) => error.message),
      )
    : null;
}

function refusal(code: string, messages: string[]): ExecutionResult {
  return { errors: messages.map((message) => ({ message, extensions: { code } })) } as unknown as ExecutionResult;
}

// Fixtures are keyed as the client reads them: by alias where the document has one.
const byResponseKey: GraphQLFieldResolver<unknown, unknown> = (source, _args, _context, info) =>
  (source as Record<string, unknown> | null)?.[String(info.path.key)];

/**
 * Runs the operation against the schema with the fixture as data, as the server would answer it:
 * every selection the client sent (its `__typename` included) is filled from the schema, enums and
 * scalars are checked, and a fixture that does not fit says so instead of passing silently.
 */
export function answerAsServer(operation: Operation, fixture: UrqlResult): UrqlResult {
  if (fixture.errors?.length || !fixture.data) return fixture;
  const answer = execute({
    schema,
    document: operation.query,
    rootValue: fixture.data,
    variableValues: operation.variables as Record<string, unknown>,
    fieldResolver: byResponseKey,
  }) as ExecutionResult;
  if (answer.errors?.length) {
    const name = operation.query.definitions.find(
      (node): node is OperationDefinitionNode => node.kind === 'OperationDefinition',
    )?.name?.value;
    throw new Error(
      `The fixture for ${name} does not fit the schema: ${answer.errors.map((error) => `${error.message} at ${error.path?.join('.')}`).join('; ')}`,
    );
  }
  return answer;
}
