import { graphql } from '../../gql';

export type {
  DecisionFieldsFragment as DecisionDetail,
  DecisionListItemFragment as DecisionListItem,
} from '../../gql/graphql';

// One row of the register.
export const DecisionListItemFields = graphql(`
  fragment DecisionListItem on Decision {
    id
    numberText
    kind
    outcome
    title
    signedAt
    totalGranted
  }
`);

// Everything the printable decision shows.
export const DecisionFields = graphql(`
  fragment DecisionFields on Decision {
    id
    number
    year
    numberText
    kind
    outcome
    title
    lines {
      itemId
      kind
      description
      unit
      requestedQuantity
      requestedAmount
      grantedQuantity
      grantedAmount
    }
    totalRequested
    totalGranted
    conditions
    signer {
      id
      fullName
      title
    }
    signerName
    signerTitle
    signingForm
    onBehalfOf {
      id
      fullName
    }
    signedAt
    effectiveDate
    issuerName
    place
    proposalId
    amends {
      id
      numberText
      kind
    }
    amendedBy {
      id
      numberText
      kind
    }
    signedDocument {
      sha256
      signerName
      signedAt
      certificateSubject
    }
  }
`);

export const DecisionRegisterQuery = graphql(`
  query DecisionRegister($year: Int, $search: String, $first: Int!, $after: String) {
    decisions(year: $year, search: $search, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...DecisionListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DecisionDetailQuery = graphql(`
  query DecisionDetail($id: ID!) {
    decision(id: $id) {
      ...DecisionFields
      proposalReadable
    }
  }
`);

export const AmendDecisionMutation = graphql(`
  mutation AmendDecision($input: AmendDecisionInput!) {
    amendDecision(input: $input) {
      decision {
        ...DecisionFields
      }
    }
  }
`);

export const RevokeDecisionMutation = graphql(`
  mutation RevokeDecision($input: RevokeDecisionInput!) {
    revokeDecision(input: $input) {
      decision {
        ...DecisionFields
      }
    }
  }
`);
