import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, Kind, parse, specifiedRules, validate, type DefinitionNode, type DocumentNode } from 'graphql';
import { SCHEMA_FILE } from '../schema-file';
import { OPERATION_LIMIT_RULES } from './operation-limits';

/**
 * Every operation the web client sends must pass the server's limits (depth, aliases, directives,
 * cost): a new page that needs more would otherwise only fail in the browser.
 */
function clientDocuments(): DocumentNode[] {
  const source = fs.readFileSync(path.resolve(__dirname, '../../../client/src/gql/gql.ts'), 'utf8');
  const texts = [...source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)].map((m) => JSON.parse(m[1]) as string);
  const definitions = texts.flatMap((text) => parse(text).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation): DocumentNode => ({ kind: Kind.DOCUMENT, definitions: [operation as DefinitionNode, ...usedFragments(operation, fragments)] }));
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(root: DefinitionNode, fragments: DefinitionNode[]): DefinitionNode[] {
  const byName = new Map(fragments.map((f) => [(f as { name: { value: string } }).name.value, f]));
  const used = new Map<string, DefinitionNode>();
  const visit = (node: DefinitionNode) => {
    for (const match of JSON.stringify(node).matchAll(/"kind":"FragmentSpread","name":\{"kind":"Name","value":"(\w+)"/g)) {
      const fragment = byName.get(match[1]);
      if (fragment && !used.has(match[1])) {
        used.set(match[1], fragment);
        visit(fragment);
      }
    }
  };
  visit(root);
  return [...used.values()];
}

describe('the web client\'s operations', () => {
  const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const documents = clientDocuments();

  it('are found', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents.map((d) => [(d.definitions[0] as { name?: { value: string } }).name?.value ?? '(anonymous)', d] as const))('%s passes the server\'s validation and limits', (_name, document) => {
    expect(validate(schema, document, [...specifiedRules, ...OPERATION_LIMIT_RULES]).map((e) => e.message)).toEqual([]);
  });
});
