import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields a query asks for below a path of the resolved field, as dotted paths relative to
 * that point (`participants.agency.name`), fragments expanded. A list read uses it to leave out
 * columns nobody asked for. `@skip`/`@include` are not evaluated: a field they may drop counts as
 * asked for, which can only make a read fuller, never wrong.
 */
export function selectedPaths(info: GraphQLResolveInfo, under: readonly string[] = []): Set<string> {
  const paths = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, prefix: string[], depth: number) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        visit(info.fragments[selection.name.value]?.selectionSet, prefix, depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, prefix, depth);
      } else {
        const path = [...prefix, selection.name.value];
        if (depth < under.length) {
          if (selection.name.value === under[depth]) visit(selection.selectionSet, [], depth + 1);
          continue;
        }
        paths.add(path.join('.'));
        visit(selection.selectionSet, path, depth);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, [], 0);
  return paths;
}
