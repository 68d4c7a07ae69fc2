import { graphql } from '../../gql';

export type {
  TaskListItemFragment as TaskListItem,
  TaskDetailFieldsFragment as TaskDetail,
  TaskQuarterFieldsFragment as TaskQuarter,
} from '../../gql/graphql';

// One row of the task list.
export const TaskListItemFields = graphql(`
  fragment TaskListItem on Task {
    ...TaskNameFields
    category
    domain
    status
    group
    progressPercent
  }
`);

// Everything the task page shows; every mutation and live event returns it.
export const TaskDetailFields = graphql(`
  fragment TaskDetailFields on Task {
    ...TaskListItem
    description
    version
    allowedActions
    assignedOn
    completedOn
    cancelledOn
    cancelReason
    carriedOverOn
    lastActivityAt
    linkedRequestIds
    assignedBy {
      id
      fullName
      title
    }
    directive {
      directiveId
      meetingId
      conclusionCode
      heldOn
      content
    }
    carriedFrom {
      ...TaskRefFields
    }
    carriedTo {
      ...TaskRefFields
    }
    progressReports {
      percent
      note
      reportedAt
      reportedBy {
        id
        fullName
        title
      }
    }
    linkedRequests {
      id
      code
      title
      status
      dueDate
    }
    linkedProposals {
      id
      code
      title
      status
      totalAmount
      grantedAmount
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

export const TaskQuarterFields = graphql(`
  fragment TaskQuarterFields on TaskQuarter {
    closed
    taskCount
    period {
      year
      quarter
    }
  }
`);

// The quarter filter's choices, newest first, and the province's current quarter for the default.
export const TaskQuartersQuery = graphql(`
  query TaskQuarters {
    taskQuarters {
      ...TaskQuarterFields
    }
    currentQuarter {
      year
      quarter
    }
  }
`);

export const TaskListQuery = graphql(`
  query TaskList($filter: TaskFilter, $first: Int!, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...TaskListItem
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const TaskDetailQuery = graphql(`
  query TaskDetail($id: ID!) {
    task(id: $id) {
      ...TaskDetailFields
    }
  }
`);

// Where the live feed starts (see useFeed): the newest task event the viewer may see.
export const TaskEventCursorQuery = graphql(`
  query TaskEventCursor {
    taskEventCursor
  }
`);

export const TaskFeedSubscription = graphql(`
  subscription TaskFeed($after: ID) {
    taskFeed(after: $after) {
      event {
        id
        type
      }
      task {
        id
        code
        title
      }
    }
  }
`);

export const TaskChangedSubscription = graphql(`
  subscription TaskChanged($id: ID!, $after: ID) {
    taskChanged(id: $id, after: $after) {
      event {
        id
        type
      }
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const AssignTaskMutation = graphql(`
  mutation AssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const ReportTaskProgressMutation = graphql(`
  mutation ReportTaskProgress($input: ReportTaskProgressInput!) {
    reportTaskProgress(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const ReopenTaskMutation = graphql(`
  mutation ReopenTask($input: TaskReasonInput!) {
    reopenTask(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const CancelTaskMutation = graphql(`
  mutation CancelTask($input: TaskReasonInput!) {
    cancelTask(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const LinkTaskRequestsMutation = graphql(`
  mutation LinkTaskRequests($input: LinkTaskRequestsInput!) {
    linkTaskRequests(input: $input) {
      task {
        ...TaskDetailFields
      }
    }
  }
`);

export const CloseQuarterMutation = graphql(`
  mutation CloseQuarter($input: CloseQuarterInput!) {
    closeQuarter(input: $input) {
      period {
        year
        quarter
      }
      carriedOver {
        id
        code
      }
    }
  }
`);
