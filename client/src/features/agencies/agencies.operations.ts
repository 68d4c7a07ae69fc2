import { graphql } from '../../gql';

export type { AgencyListItemFragment as AgencyListItem } from '../../gql/graphql';

// Spread into AgencyDirectory; declared here so codegen generates the shared row type.
export const AgencyListItemFields = graphql(`
  fragment AgencyListItem on Agency {
    id
    name
    shortName
    code
    kind
    parent {
      id
    }
  }
`);

export const AgencyDirectoryQuery = graphql(`
  query AgencyDirectory($first: Int!, $after: String) {
    agencies(first: $first, after: $after) {
      edges {
        node {
          ...AgencyListItem
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const AgencyDetailQuery = graphql(`
  query AgencyDetail($id: ID!) {
    agency(id: $id) {
      id
      name
      shortName
      code
      kind
      parent {
        id
        name
      }
      children {
        id
        name
        code
        kind
      }
      members {
        id
        fullName
        title
        role
      }
    }
  }
`);

export const AgencyChangedSubscription = graphql(`
  subscription AgencyChanged {
    agencyChanged {
      change
      agency {
        id
        name
        parent {
          id
        }
      }
    }
  }
`);

// An agency's people: who a request can be handed to, who can chair a meeting.
export const AgencyMembersQuery = graphql(`
  query AgencyMembers($id: ID!) {
    agency(id: $id) {
      id
      members {
        id
        fullName
        title
        role
        actingRole
      }
    }
  }
`);
