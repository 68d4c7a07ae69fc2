import type { DecisionDetail } from '../features/decisions/decisions.operations';
import type { ProposalDetail } from '../features/proposals/proposals.operations';

type ProposalEvent = ProposalDetail['timeline'][number];

export function proposalEvent(id: string, type: string, overrides: Partial<ProposalEvent> = {}): ProposalEvent {
  return {
    __typename: 'ProposalEvent',
    id,
    type,
    at: '2026-11-20T02:30:00.000Z',
    note: null,
    actor: { __typename: 'UserSummary', id: 'u-tnmt-lead', fullName: 'Nguyễn Văn Hùng' },
    actorAgency: { __typename: 'AgencySummary', id: 'a-tnmt', shortName: 'Sở TN&MT' },
    delegation: null,
    ...overrides,
  };
}

const tnmt = {
  __typename: 'AgencySummary' as const,
  id: 'a-tnmt',
  name: 'Sở Tài nguyên và Môi trường',
  shortName: 'Sở TN&MT',
};
const stc = { __typename: 'AgencySummary' as const, id: 'a-stc', name: 'Sở Tài chính', shortName: 'Sở Tài chính' };

/** A funding + equipment proposal from TN&MT, appraised by Finance, awaiting the Committee. */
export function proposalDetail(overrides: Partial<ProposalDetail> = {}): ProposalDetail {
  return {
    __typename: 'Proposal',
    id: 'p-1',
    code: 'ĐX-2026-0001',
    status: 'IN_REVIEW',
    revision: 1,
    returnReason: null,
    title: 'Kinh phí số hóa hồ sơ địa chính',
    rationale: 'Phục vụ giải quyết 3 nhiệm vụ đất đai còn tồn đọng.',
    fiscalYear: 2027,
    version: 5,
    allowedActions: ['DECIDE', 'RETURN_FOR_REVISION', 'REOPEN_APPRAISAL'],
    appraisingAgencyId: null,
    createdAt: '2026-11-01T02:00:00.000Z',
    submittedAt: '2026-11-02T02:00:00.000Z',
    decidedAt: null,
    lastActivityAt: '2026-11-05T02:00:00.000Z',
    linkedRequestIds: [],
    linkedTaskIds: [],
    linkedTasks: [],
    totalAmount: '9007199254740993',
    requestingAgency: tnmt,
    author: { __typename: 'UserSummary', id: 'u-tnmt-lead', fullName: 'Nguyễn Văn Hùng', title: 'Giám đốc Sở' },
    items: [
      {
        __typename: 'ProposalItem',
        id: 'i-1',
        kind: 'FUNDING',
        description: 'Số hóa hồ sơ địa chính',
        quantity: 1,
        unit: 'gói',
        amount: '9007199254740993',
        justification: 'Khối lượng 120.000 hồ sơ.',
      },
      {
        __typename: 'ProposalItem',
        id: 'i-2',
        kind: 'EQUIPMENT',
        description: 'Máy quét khổ A3',
        quantity: 4,
        unit: 'bộ',
        amount: null,
        justification: 'Thay máy hỏng.',
      },
    ],
    appraisals: [
      {
        __typename: 'Appraisal',
        agency: stc,
        kinds: ['FUNDING'],
        opinion: 'PARTIAL',
        comment: 'Đề nghị giảm theo định mức.',
        recommendations: [{ __typename: 'Recommendation', itemId: 'i-1', amount: '1250000000', quantity: 1 }],
        appraisedBy: {
          __typename: 'UserSummary',
          id: 'u-stc-lead',
          fullName: 'Hoàng Minh Tuấn',
          title: 'Giám đốc Sở Tài chính',
        },
        appraisedAt: '2026-11-04T02:00:00.000Z',
      },
    ],
    revisions: [],
    decisions: [],
    timeline: [
      proposalEvent('31', 'CREATED'),
      proposalEvent('32', 'SUBMITTED'),
      proposalEvent('33', 'APPRAISED', { note: 'Đề nghị giảm theo định mức.' }),
    ],
    ...overrides,
  };
}

/** As the decision page reads it: the proposal is readable unless a test says otherwise. */
export function decisionDetail(
  overrides: Partial<DecisionDetail & { proposalReadable: boolean }> = {},
): DecisionDetail & { proposalReadable: boolean } {
  return {
    __typename: 'Decision',
    id: 'd-42',
    number: 42,
    year: 2026,
    numberText: '42/QĐ-UBND',
    kind: 'APPROVAL',
    outcome: 'PARTIALLY_APPROVED',
    title: 'Phê duyệt kinh phí số hóa hồ sơ địa chính',
    lines: [
      {
        __typename: 'DecisionLine',
        itemId: 'i-1',
        kind: 'FUNDING',
        description: 'Số hóa hồ sơ địa chính',
        unit: 'gói',
        requestedQuantity: 1,
        requestedAmount: '9007199254740993',
        grantedQuantity: 1,
        grantedAmount: '1250000000',
      },
      {
        __typename: 'DecisionLine',
        itemId: 'i-2',
        kind: 'EQUIPMENT',
        description: 'Máy quét khổ A3',
        unit: 'bộ',
        requestedQuantity: 4,
        requestedAmount: null,
        grantedQuantity: 2,
        grantedAmount: null,
      },
    ],
    totalRequested: '9007199254740993',
    totalGranted: '1250000000',
    conditions: 'Sở TN&MT quyết toán theo quy định.',
    signer: { __typename: 'UserSummary', id: 'u-ubnd-lead', fullName: 'Lê Huyền', title: 'Phó Chủ tịch UBND tỉnh' },
    signerName: 'Lê Huyền',
    signerTitle: 'Phó Chủ tịch UBND tỉnh',
    signingForm: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH',
    onBehalfOf: null,
    signedAt: '2026-03-04T18:30:00.000Z',
    effectiveDate: '2026-03-05',
    issuerName: 'ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH',
    signedDocument: {
      __typename: 'SignedDocument',
      sha256: 'a3f1c2d4e5b6a7980f1e2d3c4b5a69788796a5b4c3d2e1f00112233445566778',
      signerName: 'Lê Huyền',
      signedAt: '2026-03-04T18:30:00.000Z',
      certificateSubject: 'CN=Lê Huyền, title=Phó Chủ tịch UBND tỉnh, O=Ủy ban nhân dân tỉnh Hòa Bình, C=VN',
    },
    place: 'Hòa Bình',
    proposalId: 'p-1',
    proposalReadable: true,
    amends: null,
    amendedBy: [],
    ...overrides,
  };
}
