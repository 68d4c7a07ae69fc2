import { graphql } from '../../gql';

// Operation and fragment names start with "Dashboard": the tasks feature has documents of its own.
export type {
  DashboardGroupCountsFragment as GroupCounts,
  DashboardStatisticsFieldsFragment as DashboardStatistics,
  DashboardTrendPointFragment as TrendPoint,
  DashboardTaskRowFragment as TaskRow,
} from '../../gql/graphql';

export const DashboardGroupCounts = graphql(`
  fragment DashboardGroupCounts on TaskGroupCounts {
    total
    completed
    completedOnTime
    completedLate
    notDoneWithinDeadline
    notDoneOverdue
  }
`);

// An agency as the dashboard names it: the short name, the full one in the tooltip, the code to sort by.
export const DashboardAgencyFields = graphql(`
  fragment DashboardAgency on AgencySummary {
    id
    code
    name
    shortName
  }
`);

export const DashboardStatisticsFields = graphql(`
  fragment DashboardStatisticsFields on QuarterStatistics {
    asOf
    period {
      year
      quarter
    }
    agency {
      ...DashboardAgency
    }
    counts {
      ...DashboardGroupCounts
    }
    byCategory {
      category
      counts {
        ...DashboardGroupCounts
      }
    }
    byDomain {
      domain
      counts {
        ...DashboardGroupCounts
      }
    }
    byAgency {
      agency {
        ...DashboardAgency
      }
      counts {
        ...DashboardGroupCounts
      }
    }
    byAgencyTree {
      agency {
        ...DashboardAgency
      }
      parentId
      counts {
        ...DashboardGroupCounts
      }
      ownCounts {
        ...DashboardGroupCounts
      }
    }
  }
`);

export const DashboardTrendPoint = graphql(`
  fragment DashboardTrendPoint on QuarterTrendPoint {
    period {
      year
      quarter
    }
    counts {
      ...DashboardGroupCounts
    }
    byAgency {
      agency {
        id
      }
      counts {
        ...DashboardGroupCounts
      }
    }
  }
`);

export const DashboardTaskRowFields = graphql(`
  fragment DashboardTaskRow on Task {
    id
    code
    title
    category
    domain
    dueDate
    completedOn
    status
    group
    ownerAgency {
      id
      name
      shortName
    }
  }
`);

/** The quarters to choose from (newest first) and the quarter to fall back on. */
export const DashboardQuartersQuery = graphql(`
  query DashboardQuarters {
    currentQuarter {
      year
      quarter
    }
    taskQuarters {
      ...TaskQuarterFields
    }
  }
`);

export const DashboardStatisticsQuery = graphql(`
  query DashboardStatistics($period: QuarterInput!, $asOf: LocalDate, $agencyId: ID) {
    taskStatistics(period: $period, asOf: $asOf, agencyId: $agencyId) {
      ...DashboardStatisticsFields
    }
  }
`);

export const DashboardTrendQuery = graphql(`
  query DashboardTrend($until: QuarterInput!, $quarters: Int!, $asOf: LocalDate, $agencyId: ID) {
    taskTrend(until: $until, quarters: $quarters, asOf: $asOf, agencyId: $agencyId) {
      ...DashboardTrendPoint
    }
  }
`);

/** Tasks of the quarter in some groups: the late ones on the dashboard, the unfinished ones in the report. */
export const DashboardTasksQuery = graphql(`
  query DashboardTasks($filter: TaskFilter!, $first: Int!, $after: String) {
    tasks(filter: $filter, first: $first, after: $after) {
      edges {
        node {
          ...DashboardTaskRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Where the live feed starts: the newest task event the viewer may see.
export const DashboardTaskEventCursorQuery = graphql(`
  query DashboardTaskEventCursor {
    taskEventCursor
  }
`);

/** Only the event id matters: any change to a visible task may move the numbers. */
export const DashboardTaskFeedSubscription = graphql(`
  subscription DashboardTaskFeed($after: ID) {
    taskFeed(after: $after) {
      event {
        id
      }
    }
  }
`);
