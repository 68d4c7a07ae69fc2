import {
  Kind,
  parse,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type FieldNode,
} from 'graphql';
import { selectedPaths } from './selection';

/** The resolve info a resolver of the operation's first root field would get (the parts read). */
function infoOf(document: string): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  return {
    fieldNodes: [operation.selectionSet.selections[0] as FieldNode],
    fragments,
  } as unknown as GraphQLResolveInfo;
}

describe('selectedPaths', () => {
  it('lists the fields below a path, through fragments, inline fragments and aliases', () => {
    const info = infoOf(`
      query { requests(first: 5) {
        pageInfo { hasNextPage }
        edges { cursor node { id ...Row ... on CoordinationRequest { lead: leadAgency { name } } } }
      } }
      fragment Row on CoordinationRequest { title participants { ...Who state } }
      fragment Who on RequestParticipant { agency { shortName } }`);
    expect([...selectedPaths(info, ['edges', 'node'])].sort()).toEqual([
      'id',
      'leadAgency',
      'leadAgency.name',
      'participants',
      'participants.agency',
      'participants.agency.shortName',
      'participants.state',
      'title',
    ]);
  });

  it('lists everything from the field itself when no path is given, and nothing for a path not asked', () => {
    const info = infoOf('query { request(id: "1") { id author { fullName } } }');
    expect([...selectedPaths(info)].sort()).toEqual(['author', 'author.fullName', 'id']);
    expect(selectedPaths(info, ['edges', 'node']).size).toBe(0);
  });
});
