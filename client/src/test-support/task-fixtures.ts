import type { MeetingDetail, MeetingListItem } from '../features/meetings/meetings.operations';
import type { TaskRef } from '../features/links/links.operations';
import type { TaskDetail, TaskListItem, TaskQuarter } from '../features/tasks/tasks.operations';

const tnmt = {
  __typename: 'AgencySummary' as const,
  id: 'a-tnmt',
  name: 'Sở Tài nguyên và Môi trường',
  shortName: 'Sở TN&MT',
};

/** An open Q1/2023 land task of TN&MT, late, as a list row. */
export function taskRow(overrides: Partial<TaskListItem> = {}): TaskListItem {
  return {
    __typename: 'Task',
    id: 't-1',
    code: 'NV-2023-0001',
    title: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
    category: 'KEY',
    domain: 'LAND',
    status: 'OPEN',
    group: 'NOT_DONE_OVERDUE',
    dueDate: '2023-03-31',
    progressPercent: 60,
    period: { __typename: 'Quarter', year: 2023, quarter: 1 },
    ownerAgency: tnmt,
    ...overrides,
  };
}

export function taskPage(rows: TaskListItem[], endCursor: string | null = null, hasNextPage = false) {
  return {
    data: {
      tasks: { edges: rows.map((node) => ({ cursor: `c-${node.id}`, node })), pageInfo: { endCursor, hasNextPage } },
    },
  };
}

export function taskQuarter(year: number, quarter: number, overrides: Partial<TaskQuarter> = {}): TaskQuarter {
  return {
    __typename: 'TaskQuarter',
    period: { __typename: 'Quarter', year, quarter },
    closed: false,
    taskCount: 15,
    ...overrides,
  };
}

export function quartersAnswer(quarters: TaskQuarter[], current = { year: 2023, quarter: 2 }) {
  return { data: { taskQuarters: quarters, currentQuarter: current } };
}

export function taskRef(overrides: Partial<TaskRef> = {}): TaskRef {
  return {
    __typename: 'TaskRef',
    id: 't-1',
    code: 'NV-2023-0001',
    title: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
    status: 'OPEN',
    dueDate: '2023-03-31',
    period: { __typename: 'Quarter', year: 2023, quarter: 1 },
    ownerAgency: tnmt,
    ...overrides,
  };
}

type TaskEvent = TaskDetail['timeline'][number];

export function taskEvent(id: string, type: string, overrides: Partial<TaskEvent> = {}): TaskEvent {
  return {
    __typename: 'TaskEvent',
    id,
    type,
    at: '2023-01-05T02:00:00.000Z',
    note: null,
    actor: { __typename: 'UserSummary', id: 'u-ubnd-lead', fullName: 'Lê Huyền' },
    actorAgency: { __typename: 'AgencySummary', id: 'a-ubnd-tinh', shortName: 'UBND tỉnh' },
    delegation: null,
    ...overrides,
  };
}

/** The same task in full, as TN&MT's leader sees it: it may report progress, complete it and link requests. */
export function taskDetail(overrides: Partial<TaskDetail> = {}): TaskDetail {
  return {
    __typename: 'Task',
    id: 't-1',
    code: 'NV-2023-0001',
    title: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng',
    description: 'Rà soát, giải quyết 120 hồ sơ tồn đọng tại các chi nhánh.',
    category: 'KEY',
    domain: 'LAND',
    status: 'OPEN',
    group: 'NOT_DONE_WITHIN_DEADLINE',
    dueDate: '2023-03-31',
    progressPercent: 60,
    version: 4,
    allowedActions: ['REPORT_PROGRESS', 'COMPLETE', 'LINK'],
    assignedOn: '2023-01-05',
    completedOn: null,
    cancelledOn: null,
    cancelReason: null,
    carriedOverOn: null,
    lastActivityAt: '2023-02-15T02:00:00.000Z',
    linkedRequestIds: ['r-1'],
    period: { __typename: 'Quarter', year: 2023, quarter: 1 },
    ownerAgency: tnmt,
    assignedBy: { __typename: 'UserSummary', id: 'u-ubnd-lead', fullName: 'Lê Huyền', title: 'Phó Chủ tịch UBND tỉnh' },
    directive: null,
    carriedFrom: null,
    carriedTo: null,
    progressReports: [
      {
        __typename: 'TaskProgressReport',
        percent: 60,
        note: 'Đã giải quyết 72/120 hồ sơ.',
        reportedAt: '2023-02-15T02:00:00.000Z',
        reportedBy: {
          __typename: 'UserSummary',
          id: 'u-tnmt-staff',
          fullName: 'Chuyên viên Sở TN&MT',
          title: 'Chuyên viên',
        },
      },
    ],
    linkedRequests: [
      {
        __typename: 'LinkedRequest',
        id: 'r-1',
        code: 'PH-2023-0007',
        title: 'Đẩy nhanh giải quyết hồ sơ đất đai tồn đọng',
        status: 'IN_PROGRESS',
        dueDate: '2023-03-20',
      },
    ],
    linkedProposals: [
      {
        __typename: 'LinkedProposal',
        id: 'p-1',
        code: 'ĐX-2023-0002',
        title: 'Kinh phí số hóa hồ sơ địa chính',
        status: 'IN_REVIEW',
        totalAmount: '1250000000',
        grantedAmount: null,
      },
    ],
    timeline: [
      taskEvent('51', 'ASSIGNED'),
      taskEvent('52', 'PROGRESS_REPORTED', { note: '60% — Đã giải quyết 72/120 hồ sơ.' }),
    ],
    ...overrides,
  };
}

const chair = {
  __typename: 'UserSummary' as const,
  id: 'u-ubnd-lead',
  fullName: 'Lê Huyền',
  title: 'Phó Chủ tịch UBND tỉnh',
};

export function meetingRow(overrides: Partial<MeetingListItem> = {}): MeetingListItem {
  return {
    __typename: 'Meeting',
    id: 'm-1',
    title: 'Làm việc với Sở Tài nguyên và Môi trường về kết quả quý I/2023',
    heldOn: '2023-03-30',
    status: 'DRAFT',
    conclusionCode: null,
    chair,
    reviewedAgency: tnmt,
    ...overrides,
  };
}

type Directive = MeetingDetail['directives'][number];

export function directive(position: number, overrides: Partial<Directive> = {}): Directive {
  return {
    __typename: 'Directive',
    id: `d-${position}`,
    position,
    content: 'Giải quyết dứt điểm hồ sơ đất đai tồn đọng trong quý II',
    kind: 'TASK',
    category: 'KEY',
    domain: 'LAND',
    dueDate: '2023-06-30',
    taskId: null,
    requestId: null,
    period: { __typename: 'Quarter', year: 2023, quarter: 2 },
    agency: tnmt,
    supportingAgencies: [],
    ...overrides,
  };
}

/** A draft conclusion the Committee leader may still edit and publish. */
export function meetingDetail(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    ...meetingRow(),
    version: 2,
    allowedActions: ['UPDATE_DRAFT', 'PUBLISH'],
    attendees: 'Lãnh đạo UBND tỉnh; Ban Giám đốc Sở TN&MT',
    attendingAgencies: [{ __typename: 'AgencySummary', id: 'a-stc', name: 'Sở Tài chính', shortName: 'Sở Tài chính' }],
    summary: 'Sở báo cáo kết quả quý I: 11/14 nhiệm vụ trọng tâm hoàn thành.',
    conclusion: 'UBND tỉnh ghi nhận kết quả, yêu cầu Sở tập trung giải quyết hồ sơ đất đai.',
    createdAt: '2023-03-30T09:00:00.000Z',
    publishedOn: null,
    publishedBy: null,
    directives: [
      directive(1),
      directive(2, {
        kind: 'REQUEST',
        content: 'Phối hợp thu hồi đất dự án đường ven biển',
        agency: { __typename: 'AgencySummary', id: 'a-locality-a', name: 'UBND huyện A', shortName: 'UBND huyện A' },
        supportingAgencies: [
          { __typename: 'AgencySummary', id: 'a-stc', name: 'Sở Tài chính', shortName: 'Sở Tài chính' },
        ],
        dueDate: '2023-05-15',
        period: { __typename: 'Quarter', year: 2023, quarter: 2 },
      }),
    ],
    ...overrides,
  };
}
