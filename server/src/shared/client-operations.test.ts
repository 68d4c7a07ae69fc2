import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { clientDocuments } from '../test-support/client-documents';
import { SCHEMA_FILE } from '../schema-file';
import { validateOperation } from './operation-limits';

/**
 * Every operation the web client sends must pass the server's limits (depth, aliases, directives,
 * cost): a new page that needs more would otherwise only fail in the browser.
 */
describe("the web client's operations", () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const documents = clientDocuments();

  it('are found', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(
    documents.map((d) => [(d.definitions[0] as { name?: { value: string } }).name?.value ?? '(anonymous)', d] as const),
  )("%s passes the server's validation and limits", (_name, document) => {
    expect(validateOperation(schema, document, { introspection: false }).map((e) => e.message)).toEqual([]);
  });
});
