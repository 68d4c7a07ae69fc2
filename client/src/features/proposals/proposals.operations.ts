import { graphql } from '../../gql';

export type {
  ProposalListItemFragment as ProposalListItem,
  ProposalDetailFieldsFragment as ProposalDetail,
  ProposalItemFieldsFragment as ProposalItem,
} from '../../gql/graphql';

export const ProposalListItemFields = graphql(`
  fragment ProposalListItem on Proposal {
    id
    code
    title
    status
    fiscalYear
    totalAmount
    submittedAt
    lastActivityAt
    requestingAgency {
      id
      name
      shortName
    }
  }
`);

export const ProposalItemFields = graphql(`
  fragment ProposalItemFields on ProposalItem {
    id
    kind
    description
    quantity
    unit
    amount
    justification
  }
`);

// Everything the proposal page shows; every mutation and live event returns it.
export const ProposalDetailFields = graphql(`
  fragment ProposalDetailFields on Proposal {
    id
    code
    status
    revision
    returnReason
    title
    rationale
    fiscalYear
    version
    allowedActions
    appraisingAgencyId
    createdAt
    submittedAt
    decidedAt
    lastActivityAt
    linkedRequestIds
    linkedTaskIds
    linkedTasks {
      ...TaskRefFields
    }
    totalAmount
    requestingAgency {
      id
      name
      shortName
    }
    author {
      id
      fullName
      title
    }
    items {
      ...ProposalItemFields
    }
    appraisals {
      agency {
        id
        name
        shortName
      }
      kinds
      opinion
      comment
      recommendations {
        itemId
        amount
        quantity
      }
      appraisedBy {
        id
        fullName
        title
      }
      appraisedAt
    }
    revisions {
      number
      title
      rationale
      fiscalYear
      totalAmount
      submittedAt
      items {
        ...ProposalItemFields
      }
    }
    decisions {
      id
      numberText
      kind
      outcome
      title
      signedAt
      totalGranted
    }
    timeline {
      id
      type
      at
      note
      actor {
        id
        fullName
      }
      actorAgency {
        id
        shortName
      }
      delegation {
        delegationId
        formText
        grantor {
          id
          fullName
        }
      }
    }
  }
`);

export const ProposalListQuery = graphql(`
  query ProposalList($filter: ProposalFilter, $first: Int!, $after: String) {
    proposals(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ProposalListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Where the live feed starts (see useFeed): the newest proposal event the viewer may see.
export const ProposalEventCursorQuery = graphql(`
  query ProposalEventCursor {
    proposalEventCursor
  }
`);

export const ProposalFeedSubscription = graphql(`
  subscription ProposalFeed($after: ID) {
    proposalFeed(after: $after) {
      event {
        id
        type
      }
      proposal {
        id
        code
        title
        status
      }
    }
  }
`);

export const ProposalDetailQuery = graphql(`
  query ProposalDetail($id: ID!) {
    proposal(id: $id) {
      ...ProposalDetailFields
    }
  }
`);

export const ProposalChangedSubscription = graphql(`
  subscription ProposalChanged($id: ID!, $after: ID) {
    proposalChanged(id: $id, after: $after) {
      event {
        id
        type
      }
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const CreateProposalMutation = graphql(`
  mutation CreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const UpdateProposalDraftMutation = graphql(`
  mutation UpdateProposalDraft($input: UpdateProposalDraftInput!) {
    updateProposalDraft(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: ProposalActionInput!) {
    submitProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($input: ProposalActionInput!) {
    withdrawProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const AppraiseProposalMutation = graphql(`
  mutation AppraiseProposal($input: AppraiseProposalInput!) {
    appraiseProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const ReturnProposalMutation = graphql(`
  mutation ReturnProposal($input: ProposalReasonInput!) {
    returnProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const ReopenProposalAppraisalMutation = graphql(`
  mutation ReopenProposalAppraisal($input: ProposalReasonInput!) {
    reopenProposalAppraisal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);

export const DecideProposalMutation = graphql(`
  mutation DecideProposal($input: DecideProposalInput!) {
    decideProposal(input: $input) {
      proposal {
        ...ProposalDetailFields
      }
    }
  }
`);
