import { graphql } from '../../gql';

export type {
  RequestListItemFragment as RequestListItem,
  RequestDetailFieldsFragment as RequestDetail,
} from '../../gql/graphql';

// One row of the inbox/outbox lists.
export const RequestListItemFields = graphql(`
  fragment RequestListItem on CoordinationRequest {
    id
    code
    title
    domain
    status
    priority
    dueDate
    overdue
    lastActivityAt
    requestingAgency {
      id
      name
      shortName
    }
    leadAgency {
      id
      name
      shortName
    }
  }
`);

// Everything the request page shows; every mutation and live event returns it, so the page can
// re-render from whichever answer is newest without another round trip.
export const RequestDetailFields = graphql(`
  fragment RequestDetailFields on CoordinationRequest {
    id
    code
    title
    body
    domain
    priority
    dueDate
    status
    overdue
    version
    allowedActions
    actingAs {
      id
    }
    escalationReason
    createdAt
    submittedAt
    closedAt
    lastActivityAt
    directive {
      meetingId
      conclusionCode
      content
    }
    linkedTasks {
      ...TaskRefFields
    }
    requestingAgency {
      id
      name
      shortName
      kind
    }
    leadAgency {
      id
      name
      shortName
    }
    author {
      id
      fullName
      title
    }
    participants {
      agency {
        id
        name
        shortName
      }
      role
      state
      assignee {
        id
        fullName
      }
      reply
      declineReason
      acknowledgedAt
      respondedAt
    }
    attachments {
      id
      fileName
      contentType
      size
      downloadUrl
      createdAt
      uploadedBy {
        id
        fullName
      }
      agency {
        id
        shortName
      }
    }
    comments {
      id
      body
      createdAt
      author {
        id
        fullName
      }
      agency {
        id
        shortName
      }
    }
    timeline {
      id
      type
      at
      note
      dueDate
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
      agency {
        id
        shortName
      }
      assignee {
        id
        fullName
      }
    }
  }
`);

export const RequestListQuery = graphql(`
  query RequestList($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {
    requests(filter: $filter, sort: $sort, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...RequestListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Where the live feed starts (see useFeed): the newest request event the viewer may see.
export const RequestEventCursorQuery = graphql(`
  query RequestEventCursor {
    requestEventCursor
  }
`);

export const RequestDetailQuery = graphql(`
  query RequestDetail($id: ID!) {
    request(id: $id) {
      ...RequestDetailFields
    }
  }
`);

export const RequestFeedSubscription = graphql(`
  subscription RequestFeed($after: ID) {
    requestFeed(after: $after) {
      event {
        id
        type
      }
      request {
        id
        code
        title
      }
    }
  }
`);

export const RequestChangedSubscription = graphql(`
  subscription RequestChanged($id: ID!, $after: ID) {
    requestChanged(id: $id, after: $after) {
      event {
        id
        type
      }
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const CreateRequestMutation = graphql(`
  mutation CreateRequest($input: CreateRequestInput!) {
    createRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const UpdateRequestDraftMutation = graphql(`
  mutation UpdateRequestDraft($input: UpdateRequestDraftInput!) {
    updateRequestDraft(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const SubmitRequestMutation = graphql(`
  mutation SubmitRequest($input: RequestActionInput!) {
    submitRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const AcknowledgeRequestMutation = graphql(`
  mutation AcknowledgeRequest($input: RequestActionInput!) {
    acknowledgeRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const AssignRequestMutation = graphql(`
  mutation AssignRequest($input: AssignRequestInput!) {
    assignRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const RespondToRequestMutation = graphql(`
  mutation RespondToRequest($input: RequestTextInput!) {
    respondToRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const DeclineRequestMutation = graphql(`
  mutation DeclineRequest($input: RequestTextInput!) {
    declineRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const CloseRequestMutation = graphql(`
  mutation CloseRequest($input: OptionalTextInput!) {
    closeRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const ReopenRequestMutation = graphql(`
  mutation ReopenRequest($input: RequestTextInput!) {
    reopenRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const WithdrawRequestMutation = graphql(`
  mutation WithdrawRequest($input: OptionalTextInput!) {
    withdrawRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const EscalateRequestMutation = graphql(`
  mutation EscalateRequest($input: RequestTextInput!) {
    escalateRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const ResolveRequestEscalationMutation = graphql(`
  mutation ResolveRequestEscalation($input: ResolveEscalationInput!) {
    resolveRequestEscalation(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);

export const CommentOnRequestMutation = graphql(`
  mutation CommentOnRequest($input: CommentOnRequestInput!) {
    commentOnRequest(input: $input) {
      request {
        ...RequestDetailFields
      }
    }
  }
`);
