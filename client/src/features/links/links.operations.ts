import { graphql } from '../../gql';

export type { TaskRefFieldsFragment as TaskRef, LinkedRequestFieldsFragment as LinkedRequest } from '../../gql/graphql';

// A task as other records (requests, proposals, other tasks) show it: enough to name it and link to it.
export const TaskRefFields = graphql(`
  fragment TaskRefFields on TaskRef {
    id
    code
    title
    status
    dueDate
    period {
      year
      quarter
    }
    ownerAgency {
      id
      name
      shortName
    }
  }
`);

// Enough to name a task and say whose and when it is due: the base of a task list row and
// of the task picker's choices.
export const TaskNameFields = graphql(`
  fragment TaskNameFields on Task {
    id
    code
    title
    dueDate
    period {
      year
      quarter
    }
    ownerAgency {
      id
      name
      shortName
    }
  }
`);

// The task picker's choices: the open tasks the viewer may read, named as a task list row names them.
export const LinkableTasksQuery = graphql(`
  query LinkableTasks {
    tasks(filter: { status: OPEN }, first: 100) {
      edges {
        node {
          ...TaskNameFields
        }
      }
    }
  }
`);

// A coordination request a proposal or a task refers to: enough to name it and link to it.
export const LinkedRequestFields = graphql(`
  fragment LinkedRequestFields on CoordinationRequest {
    id
    code
    title
  }
`);

// The picker's search over the requests the viewer may read.
export const LinkableRequestsQuery = graphql(`
  query LinkableRequests($search: String!) {
    requests(filter: { search: $search }, first: 20) {
      edges {
        node {
          ...LinkedRequestFields
        }
      }
    }
  }
`);

// One linked request; one the viewer may not read answers NOT_FOUND.
export const LinkedRequestQuery = graphql(`
  query LinkedRequest($id: ID!) {
    request(id: $id) {
      ...LinkedRequestFields
    }
  }
`);
