import fs from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';

/** The web client's operations (from its generated gql.ts), each with the fragments it spreads. */
export function clientDocuments(): DocumentNode[] {
  const source = fs.readFileSync(path.resolve(__dirname, '../../../client/src/gql/gql.ts'), 'utf8');
  const texts = [...source.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof types\.\w+,$/gm)].map(
    (m) => JSON.parse(m[1]) as string,
  );
  const definitions = texts.flatMap((text) => parse(text).definitions);
  const fragments = definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation): DocumentNode => ({
      kind: Kind.DOCUMENT,
      definitions: [operation as DefinitionNode, ...usedFragments(operation, fragments)],
    }));
}

/** One client operation's text by name, exactly as the browser sends it (with `__typename`). */
export function clientOperation(name: string): string {
  const document = clientDocuments().find(
    (d) => (d.definitions[0] as { name?: { value: string } }).name?.value === name,
  );
  if (!document) throw new Error(`the client has no operation ${name}`);
  return print(withTypenames(document));
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * What urql's document cache sends: `__typename` in every selection set below the operation's
 * root fields and in every fragment, so query data carries it back into variables the way it
 * does in the browser.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent) {
      const isOperationRoot =
        parent !== undefined &&
        !Array.isArray(parent) &&
        (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
      if (isOperationRoot || node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
        return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

/** The fragments an operation spreads, directly or through other fragments. */
function usedFragments(root: DefinitionNode, fragments: DefinitionNode[]): DefinitionNode[] {
  const byName = new Map(fragments.map((f) => [(f as { name: { value: string } }).name.value, f]));
  const used = new Map<string, DefinitionNode>();
  const visit = (node: DefinitionNode) => {
    for (const match of JSON.stringify(node).matchAll(
      /"kind":"FragmentSpread","name":\{"kind":"Name","value":"(\w+)"/g,
    )) {
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
