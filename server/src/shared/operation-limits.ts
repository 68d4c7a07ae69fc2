import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { keyedGraphQLError } from './errors';
import { message, type Message } from './messages';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Limits on the shape of an operation, checked before graphql's own rules on both transports
 * (`validateOperation`), so a hostile document is refused before anything runs.
 */
export const OPERATION_LIMITS = {
  depth: 6,
  aliases: 15,
  directives: 50,
  /** Fields weighed by the page sizes they ask for (see `Summaries.cost`). */
  cost: 10_000,
  /** Selections with every fragment spread expanded, over the whole document. */
  selections: 2_000,
  /**
   * Fields selected again under a response path already selected (`{ me { id } me { id } }`):
   * graphql's OverlappingFieldsCanBeMerged compares each such pair, so their number is kept small.
   */
  repeats: 100,
} as const;

/** Which limit an operation broke, in `extensions.limit` beside the code GRAPHQL_VALIDATION_FAILED. */
export type OperationLimit = 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'COST' | 'SELECTIONS' | 'REPEATS';

/** The parser stops after this many tokens (a 1 MB body of `{a a a …}` must not be parsed). */
export const MAX_TOKENS = 5000;

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'quarters'];

const tooComplex = (limit: OperationLimit, text: Message) =>
  keyedGraphQLError('GRAPHQL_VALIDATION_FAILED', text, { limit });

/** What a selection set amounts to once its fragments are expanded; counts may exceed 2^53 (floats). */
interface Summary {
  /** Nesting of fields; introspection (`__schema`, `__type`) is not counted (it is off in production). */
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
  selections: number;
}

const NOTHING: Summary = { depth: 0, aliases: 0, directives: 0, cost: 0, selections: 0 };

/**
 * Summaries of a document's selection sets, each fragment summarised once and reused at every
 * spread: a chain of doubled spreads (`fragment F0 { ...F1 ...F1 }` …) costs its length, not 2^n.
 */
class Summaries {
  private readonly memo = new Map<string, Summary>();
  /** Fragments on the current path, to find a cycle (refused before graphql's rules walk it). */
  private readonly expanding = new Set<string>();
  cycle: string | null = null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
  ) {}

  ofFragment(name: string): Summary {
    const known = this.memo.get(name);
    if (known) return known;
    const fragment = this.fragments.get(name);
    if (this.expanding.has(name)) this.cycle = name;
    if (!fragment || this.expanding.has(name)) return NOTHING;
    this.expanding.add(name);
    const summary = this.of(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value) ?? undefined);
    this.expanding.delete(name);
    this.memo.set(name, summary);
    return summary;
  }

  /**
   * Each field costs 1, plus its selection's cost times the number of items it may return: the
   * literal `first`/`quarters` argument, the page maximum when it comes from a variable, or the
   * argument's default.
   */
  of(set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined): Summary {
    const total = { ...NOTHING };
    for (const selection of set?.selections ?? []) {
      total.selections += 1;
      total.directives += selection.directives?.length ?? 0;
      let inner: Summary;
      if (selection.kind === Kind.FIELD) {
        const definition =
          type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        inner = this.of(selection.selectionSet, definition ? getNamedType(definition.type) : undefined);
        const introspection = selection.name.value.startsWith('__');
        total.depth = Math.max(total.depth, introspection ? 0 : 1 + inner.depth);
        total.aliases += selection.alias ? 1 : 0;
        total.cost += 1 + sizeOf(selection, definition?.args) * inner.cost;
      } else {
        const narrowed =
          selection.kind === Kind.INLINE_FRAGMENT && selection.typeCondition
            ? (this.schema.getType(selection.typeCondition.name.value) ?? undefined)
            : type;
        inner =
          selection.kind === Kind.INLINE_FRAGMENT
            ? this.of(selection.selectionSet, narrowed)
            : this.ofFragment(selection.name.value);
        total.depth = Math.max(total.depth, inner.depth);
        total.cost += inner.cost;
      }
      total.aliases += inner.aliases;
      total.directives += inner.directives;
      total.selections += inner.selections;
    }
    return total;
  }
}

function sizeOf(
  field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] },
  declared: readonly { name: string; defaultValue?: unknown }[] = [],
): number {
  let size = 1;
  for (const name of SIZE_ARGUMENTS) {
    const given = field.arguments?.find((a) => a.name.value === name)?.value;
    const fallback = declared.find((a) => a.name === name)?.defaultValue;
    if (given) size = Math.max(size, given.kind === Kind.INT ? Number(given.value) : MAX_PAGE_SIZE);
    else if (typeof fallback === 'number') size = Math.max(size, fallback);
  }
  return size;
}

/** The first limit a summary breaks, in a fixed order. */
function brokenLimit(summary: Summary, operationDirectives: number): GraphQLError | null {
  const { depth, aliases, cost, selections } = summary;
  const directives = summary.directives + operationDirectives;
  const max = OPERATION_LIMITS;
  if (depth > max.depth) return tooComplex('DEPTH', message('api.queryTooDeep', { found: depth, max: max.depth }));
  if (aliases > max.aliases)
    return tooComplex('ALIASES', message('api.tooManyAliases', { found: aliases, max: max.aliases }));
  if (directives > max.directives)
    return tooComplex('DIRECTIVES', message('api.tooManyDirectives', { found: directives, max: max.directives }));
  if (cost > max.cost) return tooComplex('COST', message('api.queryTooCostly', { found: cost, max: max.cost }));
  if (selections > max.selections)
    return tooComplex('SELECTIONS', message('api.tooManyFields', { found: selections, max: max.selections }));
  return null;
}

/**
 * Counts fields selected again under the same response path, expanding fragments for real: called
 * only once the summaries have shown the expansion holds at most `selections` selections.
 */
function repeatsOf(roots: { set: SelectionSetNode }[], fragments: Map<string, FragmentDefinitionNode>): number {
  const paths = new Map<string, number>();
  const expanding = new Set<string>();
  let repeats = 0;
  const walk = (set: SelectionSetNode, path: number) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = `${path}.${selection.alias?.value ?? selection.name.value}`;
        let id = paths.get(key);
        if (id === undefined) paths.set(key, (id = paths.size + 1));
        else repeats += 1;
        if (selection.selectionSet) walk(selection.selectionSet, id);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, path);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || expanding.has(fragment.name.value)) continue;
        expanding.add(fragment.name.value);
        walk(fragment.selectionSet, path);
        expanding.delete(fragment.name.value);
      }
    }
  };
  roots.forEach((root, i) => walk(root.set, -1 - i));
  return repeats;
}

/**
 * The shape limits, in time linear in the document's size: every operation, and every fragment
 * no operation uses (graphql's rules still walk those), summarised with each fragment once.
 */
export function shapeError(schema: GraphQLSchema, document: DocumentNode): GraphQLError | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const summaries = new Summaries(schema, fragments);
  const roots = [
    ...operations.map((o) => ({
      set: o.selectionSet,
      type: schema.getRootType(o.operation) ?? undefined,
      directives: o.directives?.length ?? 0,
    })),
    ...[...fragments.values()].map((f) => ({
      set: f.selectionSet,
      type: schema.getType(f.typeCondition.name.value) ?? undefined,
      directives: 0,
    })),
  ];
  let selections = 0;
  for (const root of roots) {
    const summary = summaries.of(root.set, root.type);
    if (summaries.cycle)
      return keyedGraphQLError(
        'GRAPHQL_VALIDATION_FAILED',
        message('api.fragmentCycle', { fragment: summaries.cycle }),
      );
    selections += summary.selections;
    const error = brokenLimit({ ...summary, selections }, root.directives);
    if (error) return error;
  }
  const repeats = repeatsOf(roots, fragments);
  return repeats > OPERATION_LIMITS.repeats
    ? tooComplex('REPEATS', message('api.tooManyRepeats', { found: repeats, max: OPERATION_LIMITS.repeats }))
    : null;
}

/**
 * The one validation of both transports: the shape limits first, and graphql's own rules only
 * for a document within them (some of those rules are quadratic in repeated fields). Suggestions
 * ("Did you mean …?") are never computed: they would reveal the schema.
 */
export function validateOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  options: { introspection: boolean },
): readonly GraphQLError[] {
  const refused = shapeError(schema, document);
  if (refused) return [refused];
  const rules = options.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  return validate(schema, document, rules, { hideSuggestions: true }).map(
    (e) =>
      new GraphQLError(e.message, {
        nodes: e.nodes,
        extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
  );
}

/** Parses and validates an operation as the HTTP endpoint does; for transports that bypass Apollo. */
export function checkOperation(
  schema: GraphQLSchema,
  query: string,
  options: { introspection: boolean },
): { document: DocumentNode } | { errors: readonly GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    // graphql's syntax errors say where, in English; anything else is refused with the catalog's text
    const refusal =
      error instanceof GraphQLError
        ? new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })
        : keyedGraphQLError('GRAPHQL_PARSE_FAILED', message('api.queryInvalid'));
    return { errors: [refusal] };
  }
  const errors = validateOperation(schema, document, options);
  return errors.length > 0 ? { errors } : { document };
}
