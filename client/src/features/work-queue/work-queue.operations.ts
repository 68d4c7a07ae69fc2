import { graphql } from '../../gql';

// Operation names start with "WorkQueue": the feeds below are the requests', proposals' and tasks'
// own subscriptions, asked here for their event ids only (a change means "read the queue again").
export type {
  WorkQueueCountsFieldsFragment as WorkQueueCounts,
  WorkQueueItemFieldsFragment as WorkQueueItem,
  WorkItemKind,
  WorkQueueQuery as WorkQueueData,
} from '../../gql/graphql';

export const WorkQueueItemFields = graphql(`
  fragment WorkQueueItemFields on WorkItem {
    id
    kind
    message
    messageKey
    messageParams {
      name
      value
    }
    record {
      kind
      id
      code
      title
    }
    dueDate
    overdue
    dueSoon
    since
    path
  }
`);

export const WorkQueueCountsFields = graphql(`
  fragment WorkQueueCountsFields on WorkQueueCounts {
    requests
    proposals
    tasks
    meetings
    notifications
    total
  }
`);

export const WorkQueueQuery = graphql(`
  query WorkQueue {
    workQueue {
      itemsPerSection
      counts {
        ...WorkQueueCountsFields
      }
      items {
        ...WorkQueueItemFields
      }
    }
  }
`);

export const WorkQueueRequestCursorQuery = graphql(`
  query WorkQueueRequestCursor {
    requestEventCursor
  }
`);

export const WorkQueueRequestFeedSubscription = graphql(`
  subscription WorkQueueRequestFeed($after: ID) {
    requestFeed(after: $after) {
      event {
        id
      }
    }
  }
`);

export const WorkQueueProposalCursorQuery = graphql(`
  query WorkQueueProposalCursor {
    proposalEventCursor
  }
`);

export const WorkQueueProposalFeedSubscription = graphql(`
  subscription WorkQueueProposalFeed($after: ID) {
    proposalFeed(after: $after) {
      event {
        id
      }
    }
  }
`);

export const WorkQueueTaskCursorQuery = graphql(`
  query WorkQueueTaskCursor {
    taskEventCursor
  }
`);

export const WorkQueueTaskFeedSubscription = graphql(`
  subscription WorkQueueTaskFeed($after: ID) {
    taskFeed(after: $after) {
      event {
        id
      }
    }
  }
`);

// The unread count: a tick now, then whenever it may have changed (a notification arrived or was read).
export const WorkQueueNotificationTicks = graphql(`
  subscription WorkQueueNotificationTicks {
    notificationCountChanged
  }
`);

export const WorkQueueMarkReadMutation = graphql(`
  mutation WorkQueueMarkRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);
