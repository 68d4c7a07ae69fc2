/**
 * The operations the client sends (the client features' operations files), copied as documents so
 * the benchmark does not depend on the client build. The inbox adds `participants` (agency, role,
 * state): the performance target is "inbox page of 50 with agencies and participants".
 */
export const INBOX = `
query BenchInbox($filter: RequestFilter, $sort: RequestSort!, $first: Int!, $after: String) {
  requests(filter: $filter, sort: $sort, first: $first, after: $after) {
    edges { cursor node {
      id code title domain status priority dueDate overdue lastActivityAt
      requestingAgency { id name shortName }
      leadAgency { id name shortName }
      participants { agency { id name shortName } role state }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const TASK_REF = `id code title status dueDate period { year quarter } ownerAgency { id name shortName }`;

/** The client's RequestDetailFields: what a request page (and every request mutation) returns. */
export const REQUEST_DETAIL_FIELDS = `
    id code title body domain priority dueDate status overdue version allowedActions escalationReason
    createdAt submittedAt closedAt lastActivityAt
    directive { meetingId conclusionCode content }
    linkedTasks { ${TASK_REF} }
    requestingAgency { id name shortName kind }
    leadAgency { id name shortName }
    author { id fullName title }
    participants {
      agency { id name shortName } role state assignee { id fullName }
      reply declineReason acknowledgedAt respondedAt
    }
    attachments { id fileName contentType size downloadUrl createdAt uploadedBy { id fullName } agency { id shortName } }
    comments { id body createdAt author { id fullName } agency { id shortName } }
    timeline {
      id type at note dueDate
      actor { id fullName } actorAgency { id shortName } agency { id shortName } assignee { id fullName }
    }`;

export const REQUEST_DETAIL = `
query BenchRequestDetail($id: ID!) {
  request(id: $id) {${REQUEST_DETAIL_FIELDS}
  }
}`;

const COUNTS = `total completed completedOnTime completedLate notDoneWithinDeadline notDoneOverdue`;

/** The dashboard's statistics and its late-task list, in one HTTP request. */
export const DASHBOARD = `
query BenchDashboard($period: QuarterInput!, $filter: TaskFilter!, $first: Int!) {
  taskStatistics(period: $period) {
    asOf
    period { year quarter }
    agency { id code name shortName }
    counts { ${COUNTS} }
    byCategory { category counts { ${COUNTS} } }
    byDomain { domain counts { ${COUNTS} } }
    byAgency { agency { id code name shortName } counts { ${COUNTS} } }
  }
  tasks(filter: $filter, first: $first) {
    edges { node { id code title category domain dueDate completedOn status group ownerAgency { id name shortName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/**
 * The same inbox page asked of the PostGraphile peer (bench/src/peer/): its `bench_peer.inbox`
 * function, with the relations PostGraphile infers from foreign keys aliased to our field names, so
 * both answers have the same shape. The row's `id` is PostGraphile's `rowId` (its `id` is a Node ID).
 * Participants come in PostGraphile's order (primary key), not ours (role, agency code): it offers
 * ordering only by indexed columns, and the bench adds no index to our tables.
 */
export const PEER_INBOX = `
query PeerInbox($agency: UUID!, $first: Int!, $after: Cursor) {
  requests: benchPeerInbox(agency: $agency, first: $first, after: $after) {
    edges { cursor node {
      id: rowId code title domain status priority dueDate overdue lastActivityAt
      requestingAgency: agencyByRequestingAgencyId { id: rowId name shortName }
      leadAgency: agencyByLeadAgencyId { id: rowId name shortName }
      participants: requestParticipantsByRequestId {
        nodes { agency: agencyByAgencyId { id: rowId name shortName } role state }
      }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
