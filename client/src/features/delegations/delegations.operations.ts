import { graphql } from '../../gql';

export type { DelegationFieldsFragment as DelegationItem, DelegablePower } from '../../gql/graphql';

export const DelegationFields = graphql(`
  fragment DelegationFields on Delegation {
    id
    status
    form
    formText
    powers
    startsOn
    endsOn
    revokedAt
    grantor {
      id
      fullName
      title
    }
    delegate {
      id
      fullName
      title
    }
  }
`);

// The page's one read: my delegations, and the officials of my agency I may pick as delegate.
export const MyDelegationsQuery = graphql(`
  query MyDelegations {
    myDelegations {
      given {
        ...DelegationFields
      }
      received {
        ...DelegationFields
      }
    }
    me {
      id
      agency {
        id
        members {
          id
          fullName
          title
        }
      }
    }
  }
`);

export const DelegatePowersMutation = graphql(`
  mutation DelegatePowers($input: DelegatePowersInput!) {
    delegatePowers(input: $input) {
      delegation {
        ...DelegationFields
      }
    }
  }
`);

export const RevokeDelegationMutation = graphql(`
  mutation RevokeDelegation($input: RevokeDelegationInput!) {
    revokeDelegation(input: $input) {
      delegation {
        ...DelegationFields
      }
    }
  }
`);
