import fs from 'node:fs';
import { buildSchema } from 'graphql';
import { SCHEMA_FILE } from '../schema-file';
import { cpuMs, doubledSpreads, many, refusalBudgetMs } from '../test-support/hostile-documents';
import { checkOperation, MAX_TOKENS, OPERATION_LIMITS } from './operation-limits';

const schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));

const outcome = (query: string) => {
  const checked = checkOperation(schema, query, { introspection: false });
  return 'errors' in checked ? (checked.errors[0].extensions.limit ?? checked.errors[0].extensions.code) : 'valid';
};

/**
 * Documents whose naive expansion (or graphql's pairwise field comparison) grows exponentially or
 * quadratically with their length: each is answered in well under 50 ms of CPU time, and so is a
 * chain eight times longer, which a walk that re-expanded spreads would need 2^176 times longer for.
 * A document near the token limit may take 10 of graphql's own parses of it (`refusalBudgetMs`).
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
  ['more tokens than the parser reads', `{ ${many(100_000, () => '__typename')} }`, 'GRAPHQL_PARSE_FAILED'],
];

describe('operation limits: validation time linear in the document', () => {
  /** The best of three runs: a busy machine may steal time from any single one. */
  const timed = async (query: string) => {
    let result: unknown;
    const times = [
      await cpuMs(() => (result = outcome(query))),
      await cpuMs(() => outcome(query)),
      await cpuMs(() => outcome(query)),
    ];
    return { result, ms: Math.min(...times), bound: await refusalBudgetMs(query) };
  };

  it.each(SHAPES)('refuses %s in well under 50 ms (or 10 parses of it)', async (_name, query, refusal) => {
    const { result, ms, bound } = await timed(query);
    expect(result).toBe(refusal);
    expect(ms).toBeLessThan(bound);
  });

  it('passes a document just within the limits, quickly', async () => {
    const { result, ms, bound } = await timed(
      `{ ${many(OPERATION_LIMITS.repeats + 1, () => '__typename')} me { agency { parent { parent { parent { id } } } } } }`,
    );
    expect(result).toBe('valid');
    expect(ms).toBeLessThan(bound);
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
