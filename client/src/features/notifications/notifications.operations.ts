import { graphql } from '../../gql';
import type { NotificationsQuery as NotificationsResult } from '../../gql/graphql';

export type NotificationItem = NotificationsResult['notifications']['edges'][number]['node'];

// Newest first; a line may stand for several grouped events (`count`).
export const NotificationsQuery = graphql(`
  query Notifications($first: Int!, $after: String) {
    notifications(first: $first, after: $after) {
      edges {
        node {
          id
          kind
          message
          messageKey
          messageParams {
            name
            value
          }
          count
          subjectType
          subjectId
          createdAt
          read
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Without ids: every notification of the viewer.
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      unreadCount
    }
  }
`);

// The current count on subscribe (so also after a reconnect), then whenever it may have changed.
export const NotificationCountSubscription = graphql(`
  subscription NotificationCountChanged {
    notificationCountChanged
  }
`);
