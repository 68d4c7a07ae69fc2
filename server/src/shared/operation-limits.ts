import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
  type DocumentNode,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * Limits on the shape of an operation, enforced as validation rules on both transports (Apollo's
 * `validationRules` over HTTP, graphql-ws `onSubscribe` over WebSocket), so a hostile query is
 * refused before anything runs.
 */
export const OPERATION_LIMITS = {
  depth: 6,
  aliases: 15,
  directives: 50,
  /** Fields weighed by the page sizes they ask for (see `costOf`). */
  cost: 10_000,
} as const;

/** Which limit an operation broke, in `extensions.limit` beside the code GRAPHQL_VALIDATION_FAILED. */
export type OperationLimit = 'DEPTH' | 'ALIASES' | 'DIRECTIVES' | 'COST';

/** The parser stops after this many tokens (a 1 MB body of `{a a a …}` must not be parsed). */
export const MAX_TOKENS = 5000;

/** Arguments that say how many items a list field returns. */
const SIZE_ARGUMENTS = ['first', 'quarters'];

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragments being expanded on the current path: a cycle is reported by graphql's own rule. */
  expanding: Set<string>;
}

const tooComplex = (limit: OperationLimit, message: string) => new GraphQLError(message, { extensions: { limit } });

/** Nesting of fields; introspection (`__schema`, `__type`) is not counted (it is off in production). */
function depthOf(set: SelectionSetNode | undefined, walk: Walk): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, walk));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, walk));
    } else {
      deepest = Math.max(deepest, expand(selection.name.value, walk, (fragment) => depthOf(fragment.selectionSet, walk)));
    }
  }
  return deepest;
}

/** Aliases and directives, counted over the operation with its fragments expanded. */
function countOf(set: SelectionSetNode | undefined, walk: Walk, what: 'aliases' | 'directives'): number {
  if (!set) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (what === 'directives') total += selection.directives?.length ?? 0;
    if (selection.kind === Kind.FIELD) {
      if (what === 'aliases' && selection.alias) total += 1;
      total += countOf(selection.selectionSet, walk, what);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += countOf(selection.selectionSet, walk, what);
    } else {
      total += expand(selection.name.value, walk, (fragment) => countOf(fragment.selectionSet, walk, what));
    }
  }
  return total;
}

/**
 * Each field costs 1, plus its selection's cost times the number of items it may return: the
 * literal `first`/`quarters` argument, the page maximum when it comes from a variable, or the
 * argument's default.
 */
function costOf(set: SelectionSetNode | undefined, type: GraphQLNamedType | undefined, walk: Walk, schemaType: (name: string) => GraphQLNamedType | undefined): number {
  if (!set) return 0;
  let total = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const definition = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
      let size = 1;
      for (const name of SIZE_ARGUMENTS) {
        const given = selection.arguments?.find((a) => a.name.value === name)?.value;
        const declared = definition?.args.find((a) => a.name === name);
        if (given) size = Math.max(size, sizeOf(given));
        else if (typeof declared?.defaultValue === 'number') size = Math.max(size, declared.defaultValue);
      }
      total += 1 + size * costOf(selection.selectionSet, definition ? getNamedType(definition.type) : undefined, walk, schemaType);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const narrowed = selection.typeCondition ? schemaType(selection.typeCondition.name.value) : type;
      total += costOf(selection.selectionSet, narrowed, walk, schemaType);
    } else {
      total += expand(selection.name.value, walk, (fragment) => costOf(fragment.selectionSet, schemaType(fragment.typeCondition.name.value), walk, schemaType));
    }
  }
  return total;
}

const sizeOf = (value: ValueNode): number => (value.kind === Kind.INT ? Number(value.value) : MAX_PAGE_SIZE);

function expand(name: string, walk: Walk, measure: (fragment: FragmentDefinitionNode) => number): number {
  const fragment = walk.fragments.get(name);
  if (!fragment || walk.expanding.has(name)) return 0;
  walk.expanding.add(name);
  try {
    return measure(fragment);
  } finally {
    walk.expanding.delete(name);
  }
}

function operationRule(check: (operation: OperationDefinitionNode, walk: Walk, context: ValidationContext) => GraphQLError | null): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = new Map(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      const error = check(operation, { fragments, expanding: new Set() }, context);
      if (error) context.reportError(error);
      return false; // measured as a whole; nothing below needs visiting by this rule
    },
  });
}

export const depthLimit = operationRule((operation, walk) => {
  const depth = depthOf(operation.selectionSet, walk);
  return depth > OPERATION_LIMITS.depth ? tooComplex('DEPTH', `Truy vấn lồng quá sâu (${depth} > ${OPERATION_LIMITS.depth} cấp).`) : null;
});

export const aliasLimit = operationRule((operation, walk) => {
  const aliases = countOf(operation.selectionSet, walk, 'aliases');
  return aliases > OPERATION_LIMITS.aliases ? tooComplex('ALIASES', `Quá nhiều bí danh (${aliases} > ${OPERATION_LIMITS.aliases}).`) : null;
});

export const directiveLimit = operationRule((operation, walk) => {
  const directives = (operation.directives?.length ?? 0) + countOf(operation.selectionSet, walk, 'directives');
  return directives > OPERATION_LIMITS.directives ? tooComplex('DIRECTIVES', `Quá nhiều chỉ thị (${directives} > ${OPERATION_LIMITS.directives}).`) : null;
});

export const costLimit = operationRule((operation, walk, context) => {
  const schema = context.getSchema();
  const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  const cost = costOf(operation.selectionSet, root ?? undefined, walk, (name) => schema.getType(name) ?? undefined);
  return cost > OPERATION_LIMITS.cost ? tooComplex('COST', `Truy vấn quá lớn (chi phí ${cost} > ${OPERATION_LIMITS.cost}).`) : null;
});

/** The limits, added to graphql's standard rules on both transports. */
export const OPERATION_LIMIT_RULES: readonly ValidationRule[] = [depthLimit, aliasLimit, directiveLimit, costLimit];

/**
 * Parses and validates an operation the way the HTTP endpoint does (standard rules plus the
 * limits); for transports that bypass Apollo. Errors carry the same codes as Apollo's.
 */
export function checkOperation(schema: GraphQLSchema, query: string): { document: DocumentNode } | { errors: GraphQLError[] } {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: MAX_TOKENS });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : 'Truy vấn không hợp lệ.';
    return { errors: [new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })] };
  }
  const errors = validate(schema, document, [...specifiedRules, ...OPERATION_LIMIT_RULES]);
  if (errors.length > 0) {
    return { errors: errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } })) };
  }
  return { document };
}
