import fs from 'node:fs';
import { buildSchema, parse, visit, type DocumentNode } from 'graphql';
import { SCHEMA_FILE } from '../schema-file';
import { doubledSpreads, many } from '../test-support/hostile-documents';
import { checkOperation, MAX_TOKENS, OPERATION_LIMITS, validateOperation } from './operation-limits';

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

const outcome = (query: string) => {
  const checked = checkOperation(schema, query, { introspection: false });
  return 'errors' in checked ? (checked.errors[0].extensions.limit ?? checked.errors[0].extensions.code) : 'valid';
};

/**
 * The work a walk of `document` does, counted instead of timed: every property it reads on the
 * document's nodes, through proxies (one per node, so identities hold for graphql's caches). Past
 * `budget` reads it throws, so a walk gone exponential fails at once instead of hanging.
 */
function readsOf(document: DocumentNode, walk: (document: DocumentNode) => unknown, budget = Infinity) {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const counted = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      const node = 'kind' in value;
      proxy = new Proxy(value, {
        get(target, key) {
          if (node && ++reads > budget) throw new Error(`more than ${budget} reads of the document's nodes`);
          return counted(Reflect.get(target, key));
        },
      });
      proxies.set(value, proxy);
    }
    return proxy;
  };
  const result = walk(counted(document) as DocumentNode);
  return { result, reads };
}

/** Reads of one plain walk of the document (graphql's `visit` with no rules): the floor. */
const oneWalk = (document: DocumentNode) => readsOf(document, (d) => visit(d, {})).reads;

/** Parsed without locations, so only the nodes are read (not the tokens a location points to). */
const parsed = (query: string) => parse(query, { maxTokens: MAX_TOKENS, noLocation: true });

const validated = (document: DocumentNode) => {
  const errors = validateOperation(schema, document, { introspection: false });
  return errors.length > 0 ? (errors[0].extensions.limit ?? errors[0].extensions.code) : 'valid';
};

/**
 * Documents whose naive expansion (or graphql's pairwise field comparison) grows exponentially or
 * quadratically with their length. Each is refused with at most two plain walks' worth of reads of
 * its nodes, so also a chain eight times longer, which a walk that re-expanded spreads would need
 * 2^176 times longer for; graphql's own rules read every node at least five times a plain walk
 * does, so they never see these documents.
 */
const SHAPES: [string, string, string][] = [
  ['24 levels of doubled spreads', `{ ...F0 } ${doubledSpreads(24, '__typename')}`, 'COST'],
  ['200 levels of doubled spreads', `{ ...F0 } ${doubledSpreads(200, '__typename')}`, 'COST'],
  ['200 levels ending in an alias', `{ ...F0 } ${doubledSpreads(200, 'a: me { id }')}`, 'ALIASES'],
  [
    '200 levels ending in a directive',
    `{ ...F0 } ${doubledSpreads(200, '__typename @include(if: true)')}`,
    'DIRECTIVES',
  ],
  [
    '200 levels never spread (graphql walks unused fragments too)',
    `{ me { id } } ${doubledSpreads(200, '__typename')}`,
    'COST',
  ],
  ['the same field at the token limit', `{ ${many(MAX_TOKENS - 10, () => '__typename')} }`, 'SELECTIONS'],
  ['the same field with a selection, over and over', `{ ${many(1200, () => 'me { id }')} }`, 'SELECTIONS'],
  [
    'one fragment spread over and over',
    `{ ${many(2400, () => '...A')} } fragment A on Query { me { id } }`,
    'SELECTIONS',
  ],
  [
    'the same field just past the repeat limit',
    `{ ${many(OPERATION_LIMITS.repeats + 2, () => '__typename')} }`,
    'REPEATS',
  ],
  ['nested repeated fields', `{ ${many(400, () => 'me { agency { id } }')} }`, 'REPEATS'],
  ['repeated inline fragments', `{ ${many(600, () => '... on Query { __typename }')} }`, 'REPEATS'],
  [
    'different fragments selecting the same fields',
    `{ ${many(300, (i) => `...F${i}`)} } ${many(300, (i) => `fragment F${i} on Query { me { id } }`)}`,
    'REPEATS',
  ],
  [
    'a cycle of doubled spreads',
    '{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...A ...A }',
    'GRAPHQL_VALIDATION_FAILED',
  ],
];

describe('operation limits: validation work linear in the document', () => {
  it.each(SHAPES)('refuses %s within two plain walks of it', (_name, query, refusal) => {
    const document = parsed(query);
    expect(readsOf(document, validated, 2 * oneWalk(document)).result).toBe(refusal);
  });

  it('stops parsing at the token limit: a syntax error past it is never reached', () => {
    const checked = checkOperation(schema, `{ ${many(100_000, () => '__typename')} } }`, { introspection: false });
    expect('errors' in checked && checked.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect('errors' in checked && checked.errors[0].message).toContain(`${MAX_TOKENS} tokens`); // not the stray `}` at the end
  });

  /**
   * graphql's rules compare repeated fields pairwise (about 19 plain walks' worth here): the repeat
   * limit is what keeps a document it lets through within 25.
   */
  it('passes a document just within the limits, within 25 plain walks of it', () => {
    const document = parsed(
      `{ ${many(OPERATION_LIMITS.repeats + 1, () => '__typename')} me { agency { parent { parent { parent { id } } } } } }`,
    );
    expect(readsOf(document, validated, 25 * oneWalk(document)).result).toBe('valid');
  });

  it('counts fragments where they are spread, every time', () => {
    const twice = (n: number) =>
      `{ me { ...A ...A } } fragment A on User { agency { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } }`;
    expect(outcome(twice(3))).toBe('valid');
    expect(outcome(twice(4))).toBe('DEPTH');
    expect(outcome(`{ ...F0 } ${doubledSpreads(3, 'a: __typename')}`)).toBe('valid'); // 8 aliases
    expect(outcome(`{ ...F0 } ${doubledSpreads(4, 'a: __typename')}`)).toBe('ALIASES'); // 16
  });

  it('hides field suggestions', () => {
    const checked = checkOperation(schema, '{ mee { id } }', { introspection: false });
    expect('errors' in checked && checked.errors[0].message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('refuses introspection where it is off', () => {
    expect(outcome('{ __schema { queryType { name } } }')).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(checkOperation(schema, '{ __schema { queryType { name } } }', { introspection: true })).not.toHaveProperty(
      'errors',
    );
  });
});
