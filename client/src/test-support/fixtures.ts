import type { AgencyListItem } from '../features/agencies/agencies.operations';
import type { CurrentUser } from '../features/auth/current-user';
import type { NotificationItem } from '../features/notifications/notifications.operations';
import type { RequestDetail, RequestListItem } from '../features/requests/requests.operations';
import type { AgencyDirectoryQuery, NotificationsQuery, RequestListQuery } from '../gql/graphql';

type Capabilities = CurrentUser['capabilities'];
const noCapabilities: Capabilities = {
  __typename: 'ViewerCapabilities',
  readWholeProvince: false,
  assignTasks: false,
  closeQuarters: false,
  recordMeetings: false,
  publishConclusions: false,
  submitProposals: false,
  decideProposals: false,
  signDecisions: false,
  confirmSigningOfficials: false,
  manageAgencies: false,
  manageUsers: false,
  administer: false,
  delegablePowers: [],
  delegatedPowers: [],
};
const committeeMember: Capabilities = { ...noCapabilities, readWholeProvince: true, recordMeetings: true };

/** `me.capabilities` as the server answers them for each kind of official (server: viewer-capabilities.int.test.ts). */
export const capabilities = {
  staff: noCapabilities,
  agencyLead: { ...noCapabilities, submitProposals: true, delegablePowers: ['ACKNOWLEDGE', 'CLOSE', 'APPRAISE'] },
  /** Also a Committee LEAD awaiting confirmation, who acts as STAFF. */
  committeeStaff: committeeMember,
  committeeLead: {
    ...committeeMember,
    submitProposals: true,
    assignTasks: true,
    closeQuarters: true,
    publishConclusions: true,
    decideProposals: true,
    signDecisions: true,
    confirmSigningOfficials: true,
    delegablePowers: ['ACKNOWLEDGE', 'CLOSE', 'APPRAISE', 'DECIDE'],
  },
  admin: { ...noCapabilities, manageAgencies: true, manageUsers: true, administer: true },
} satisfies Record<string, Capabilities>;

export const tnmtLead: CurrentUser = {
  __typename: 'User',
  id: 'u-tnmt-lead',
  username: 'tnmt.lanhdao',
  fullName: 'Nguyễn Văn Hùng',
  title: 'Giám đốc Sở',
  role: 'LEAD',
  agency: {
    __typename: 'Agency',
    id: 'a-tnmt',
    name: 'Sở Tài nguyên và Môi trường',
    shortName: 'Sở TN&MT',
    kind: 'DEPARTMENT',
  },
  capabilities: capabilities.agencyLead,
  mustChangePassword: false,
};

const agency = (
  id: string,
  name: string,
  kind: AgencyListItem['kind'],
  parentId: string | null = null,
): AgencyListItem => ({
  __typename: 'Agency',
  id,
  name,
  shortName: name,
  code: id.replace(/^a-/, '').toUpperCase(),
  kind,
  parent: parentId ? { __typename: 'Agency', id: parentId } : null,
});

/** The article's world, flat and deliberately out of order, as the API pages it. */
export const provinceAgencies: AgencyListItem[] = [
  agency('a-vpdkdd-cn-a', 'Chi nhánh Văn phòng Đăng ký đất đai huyện A', 'DEPARTMENT', 'a-vpdkdd'),
  agency('a-locality-a', 'UBND huyện A', 'LOCALITY'),
  agency('a-tnmt', 'Sở Tài nguyên và Môi trường', 'DEPARTMENT'),
  agency('a-ubnd-tinh', 'UBND tỉnh', 'PEOPLES_COMMITTEE'),
  agency('a-vpdkdd', 'Văn phòng Đăng ký đất đai', 'DEPARTMENT', 'a-tnmt'),
  agency('a-thue', 'Cục Thuế tỉnh', 'SECTOR'),
  agency('a-stc', 'Sở Tài chính', 'DEPARTMENT'),
  agency('a-vpdkdd-cn-b', 'Chi nhánh Văn phòng Đăng ký đất đai huyện B', 'DEPARTMENT', 'a-vpdkdd'),
];

/** One keyset page of the directory query. */
export function agencyPage(
  nodes: AgencyListItem[],
  endCursor: string | null,
  hasNextPage: boolean,
): AgencyDirectoryQuery {
  return {
    agencies: {
      __typename: 'AgencyConnection',
      edges: nodes.map((node) => ({ __typename: 'AgencyEdge', node })),
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
    },
  };
}

export const localityStaff: CurrentUser = {
  __typename: 'User',
  id: 'u-dh-staff',
  username: 'ubnd-dh.staff',
  fullName: 'Chuyên viên UBND huyện Đông Hưng',
  title: 'Chuyên viên',
  role: 'STAFF',
  agency: {
    __typename: 'Agency',
    id: 'a-locality-a',
    name: 'UBND huyện A',
    shortName: 'UBND huyện A',
    kind: 'LOCALITY',
  },
  capabilities: capabilities.staff,
  mustChangePassword: false,
};

export const committeeLead: CurrentUser = {
  __typename: 'User',
  id: 'u-ubnd-lead',
  username: 'ubnd.lead',
  fullName: 'Lê Huyền',
  title: 'Phó Chủ tịch UBND tỉnh',
  role: 'LEAD',
  agency: {
    __typename: 'Agency',
    id: 'a-ubnd-tinh',
    name: 'UBND tỉnh',
    shortName: 'UBND tỉnh',
    kind: 'PEOPLES_COMMITTEE',
  },
  capabilities: capabilities.committeeLead,
  mustChangePassword: false,
};

const locality = {
  __typename: 'AgencySummary' as const,
  id: 'a-locality-a',
  name: 'UBND huyện A',
  shortName: 'UBND huyện A',
};
const tnmt = {
  __typename: 'AgencySummary' as const,
  id: 'a-tnmt',
  name: 'Sở Tài nguyên và Môi trường',
  shortName: 'Sở TN&MT',
};

/** A submitted request from the locality to TN&MT, as a list row. */
export function requestRow(overrides: Partial<RequestListItem> = {}): RequestListItem {
  return {
    __typename: 'CoordinationRequest',
    id: 'r-1',
    code: 'PH-2026-0001',
    title: 'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
    domain: 'LAND',
    status: 'SUBMITTED',
    priority: 'HIGH',
    dueDate: '2026-12-15',
    overdue: false,
    lastActivityAt: '2026-11-20T02:30:00.000Z',
    requestingAgency: locality,
    leadAgency: tnmt,
    ...overrides,
  };
}

/** One keyset page of the request list query. */
export function requestPage(
  nodes: RequestListItem[],
  endCursor: string | null = null,
  hasNextPage = false,
): RequestListQuery {
  return {
    requests: {
      __typename: 'RequestConnection',
      edges: nodes.map((node) => ({ __typename: 'RequestViewEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
    },
  };
}

type TimelineEvent = RequestDetail['timeline'][number];

export function timelineEvent(id: string, type: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    __typename: 'RequestEvent',
    id,
    type,
    at: '2026-11-20T02:30:00.000Z',
    note: null,
    dueDate: null,
    actor: { __typename: 'UserSummary', id: 'u-dh-staff', fullName: 'Chuyên viên UBND huyện Đông Hưng' },
    actorAgency: { __typename: 'AgencySummary', id: locality.id, shortName: locality.shortName },
    agency: null,
    assignee: null,
    delegation: null,
    ...overrides,
  };
}

/** The same request in full, as TN&MT (the lead agency) sees it right after it was submitted. */
export function requestDetail(overrides: Partial<RequestDetail> = {}): RequestDetail {
  return {
    __typename: 'CoordinationRequest',
    id: 'r-1',
    code: 'PH-2026-0001',
    title: 'Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
    body: 'Đề nghị Sở phối hợp rà soát 120 hồ sơ tồn đọng.',
    domain: 'LAND',
    priority: 'HIGH',
    dueDate: '2026-12-15',
    status: 'SUBMITTED',
    overdue: false,
    version: 3,
    allowedActions: ['ACKNOWLEDGE', 'ASSIGN', 'RESPOND', 'DECLINE', 'COMMENT'],
    actingAs: { __typename: 'AgencySummary', id: 'a-tnmt' },
    escalationReason: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    submittedAt: '2026-11-20T02:30:00.000Z',
    closedAt: null,
    lastActivityAt: '2026-11-20T02:30:00.000Z',
    directive: null,
    linkedTasks: [],
    requestingAgency: { ...locality, kind: 'LOCALITY' },
    leadAgency: tnmt,
    author: {
      __typename: 'UserSummary',
      id: 'u-dh-staff',
      fullName: 'Chuyên viên UBND huyện Đông Hưng',
      title: 'Chuyên viên',
    },
    participants: [
      {
        __typename: 'RequestParticipant',
        agency: tnmt,
        role: 'LEAD',
        state: 'PENDING',
        assignee: null,
        reply: null,
        declineReason: null,
        acknowledgedAt: null,
        respondedAt: null,
      },
      {
        __typename: 'RequestParticipant',
        agency: { __typename: 'AgencySummary', id: 'a-stc', name: 'Sở Tài chính', shortName: 'Sở Tài chính' },
        role: 'SUPPORT',
        state: 'PENDING',
        assignee: null,
        reply: null,
        declineReason: null,
        acknowledgedAt: null,
        respondedAt: null,
      },
    ],
    attachments: [],
    comments: [],
    timeline: [timelineEvent('11', 'CREATED'), timelineEvent('12', 'SUBMITTED', { note: 'PH-2026-0001' })],
    ...overrides,
  };
}

/** An unread line of the notification centre: the request was answered. */
export function notificationRow(overrides: Partial<NotificationItem> = {}): NotificationItem {
  return {
    __typename: 'Notification',
    id: 'n-1',
    kind: 'REQUEST_REPLIED',
    message: 'Có trả lời cho đề nghị PH-2026-0001 — Rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
    messageKey: null, // a line written before messages had keys: shown as the server wrote it
    messageParams: [],
    count: 1,
    subjectType: 'REQUEST',
    subjectId: 'r-1',
    createdAt: '2026-11-21T03:00:00.000Z',
    read: false,
    ...overrides,
  };
}

/** One keyset page of the notifications query. */
export function notificationPage(
  nodes: NotificationItem[],
  endCursor: string | null = null,
  hasNextPage = false,
): NotificationsQuery {
  return {
    notifications: {
      __typename: 'NotificationConnection',
      edges: nodes.map((node) => ({ __typename: 'NotificationViewEdge', node })),
      pageInfo: { __typename: 'PageInfo', endCursor, hasNextPage },
    },
  };
}
