import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema';
import { createEventBus } from './shared/event-bus';

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

/** The SDL the client's generated types come from: sorted so diffs stay readable. */
export async function renderSchema(): Promise<string> {
  const schema = await buildAppSchema(createEventBus(new EventTarget()));
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
