import { graphql } from '../../gql';

export type {
  MeetingListItemFragment as MeetingListItem,
  MeetingDetailFieldsFragment as MeetingDetail,
} from '../../gql/graphql';

// One row of the list of working sessions.
export const MeetingListItemFields = graphql(`
  fragment MeetingListItem on Meeting {
    id
    title
    heldOn
    status
    conclusionCode
    chair {
      id
      fullName
      title
    }
    reviewedAgency {
      id
      name
      shortName
    }
  }
`);

// Everything the meeting page and its edit form show; every mutation returns it.
export const MeetingDetailFields = graphql(`
  fragment MeetingDetailFields on Meeting {
    ...MeetingListItem
    version
    allowedActions
    attendees
    attendingAgencies {
      id
      name
      shortName
    }
    summary
    conclusion
    createdAt
    publishedOn
    publishedBy {
      id
      fullName
      title
    }
    directives {
      id
      position
      content
      kind
      category
      domain
      dueDate
      taskId
      requestId
      period {
        year
        quarter
      }
      agency {
        id
        name
        shortName
      }
      supportingAgencies {
        id
        name
        shortName
      }
    }
  }
`);

export const MeetingListQuery = graphql(`
  query MeetingList($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...MeetingListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MeetingDetailQuery = graphql(`
  query MeetingDetail($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetailFields
    }
  }
`);

export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      meeting {
        ...MeetingDetailFields
      }
    }
  }
`);

export const UpdateMeetingDraftMutation = graphql(`
  mutation UpdateMeetingDraft($input: UpdateMeetingDraftInput!) {
    updateMeetingDraft(input: $input) {
      meeting {
        ...MeetingDetailFields
      }
    }
  }
`);

export const PublishConclusionMutation = graphql(`
  mutation PublishConclusion($input: PublishConclusionInput!) {
    publishConclusion(input: $input) {
      meeting {
        ...MeetingDetailFields
      }
    }
  }
`);
