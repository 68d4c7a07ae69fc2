import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { capabilities, tnmtLead } from '../../test-support/fixtures';
import { proposalDetail } from '../../test-support/proposal-fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi, graphQLError, operationNames, operationsNamed } from '../../test-support/stub-api';

beforeEach(() => localStorage.clear());

const draft = proposalDetail({
  status: 'DRAFT',
  code: null,
  version: 1,
  allowedActions: ['UPDATE_DRAFT', 'SUBMIT', 'WITHDRAW'],
  appraisals: [],
});

function fillFirstRow() {
  fireEvent.change(screen.getByLabelText('Tên đề xuất'), { target: { value: 'Kinh phí số hóa hồ sơ địa chính' } });
  fireEvent.change(screen.getByLabelText('Sự cần thiết, căn cứ đề xuất'), {
    target: { value: 'Phục vụ nhiệm vụ đất đai.' },
  });
  fireEvent.change(screen.getByLabelText('Nội dung, dòng 1'), { target: { value: 'Số hóa hồ sơ' } });
  fireEvent.change(screen.getByLabelText('Thuyết minh, dòng 1'), { target: { value: '120.000 hồ sơ' } });
}

test('the running total adds the rows exactly with BigInt as amounts are typed', async () => {
  renderApp(createStubApi({ Me: { data: { me: tnmtLead } } }), '/proposals/new');

  // up to the most a line may hold (the server's cap); the total passes 2^53, where floats lose đồng
  fireEvent.change(await screen.findByLabelText('Số tiền (đồng), dòng 1'), {
    target: { value: '1.000.000.000.000.000' },
  });
  expect(screen.getByLabelText<HTMLInputElement>('Số tiền (đồng), dòng 1').value).toBe('1.000.000.000.000.000');
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung' }));
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 2'), { target: { value: '999.999.999.999.999' } });
  fireEvent.click(screen.getByRole('button', { name: 'Thêm nội dung' }));
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 3'), { target: { value: '7.199.254.740.993' } });

  expect(screen.getByTestId('running-total').textContent).toBe('2.007.199.254.740.992 ₫');

  fireEvent.click(screen.getByRole('button', { name: 'Xóa dòng 3' }));
  expect(screen.getByTestId('running-total').textContent).toBe('1.999.999.999.999.999 ₫');
});

test('creating sends money as digit strings with an idempotency key, then submits at the returned version', async () => {
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    CreateProposal: { data: { createProposal: { proposal: draft } } },
    SubmitProposal: {
      data: {
        submitProposal: { proposal: proposalDetail({ status: 'IN_APPRAISAL', version: 2, allowedActions: [] }) },
      },
    },
    ProposalDetail: { data: { proposal: proposalDetail({ status: 'IN_APPRAISAL', version: 2, allowedActions: [] }) } },
  });
  renderApp(api, '/proposals/new');
  await screen.findByLabelText('Tên đề xuất');
  fillFirstRow();
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 1'), { target: { value: '1250000000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Gửi đề xuất' }));

  await screen.findByRole('heading', { level: 1, name: 'Kinh phí số hóa hồ sơ địa chính' });
  const input = operationsNamed(api, 'CreateProposal')[0].variables!.input as Record<string, unknown>;
  expect(input.items).toEqual([
    {
      kind: 'FUNDING',
      description: 'Số hóa hồ sơ',
      quantity: 1,
      unit: 'gói',
      amount: '1250000000',
      justification: '120.000 hồ sơ',
    },
  ]);
  expect(typeof input.idempotencyKey).toBe('string');
  expect(operationsNamed(api, 'SubmitProposal')[0].variables).toEqual({ input: { id: 'p-1', version: 1 } });
});

test('a funding row without an amount is caught before sending; server errors land on their cell by path', async () => {
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    CreateProposal: graphQLError('BAD_USER_INPUT', { fields: [{ field: 'items.0.unit', code: 'TOO_LONG' }] }),
  });
  renderApp(api, '/proposals/new');
  await screen.findByLabelText('Tên đề xuất');
  fillFirstRow();
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
  expect(screen.getByText('Nội dung kinh phí cần số tiền đề xuất.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('CreateProposal');

  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 1'), { target: { value: '5000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));
  await waitFor(() => expect(screen.getByLabelText('Đơn vị tính, dòng 1').getAttribute('aria-invalid')).toBe('true'));
  expect(screen.getByText('Nội dung quá dài.')).toBeTruthy();
});

test('the linked-request picker searches visible requests, adds and removes chips, and sends linkedRequestIds', async () => {
  const found = [
    { id: 'r-1', code: 'PH-2026-0001', title: 'Rà soát hồ sơ cấp giấy chứng nhận' },
    { id: 'r-2', code: 'PH-2026-0002', title: 'Rà soát hồ sơ thu hồi đất' },
  ];
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    LinkableRequests: { data: { requests: { edges: found.map((node) => ({ node })) } } },
    LinkedRequest: ({ id }) => ({ data: { request: found.find((r) => r.id === id) } }),
    CreateProposal: { data: { createProposal: { proposal: draft } } },
    ProposalDetail: { data: { proposal: draft } },
  });
  renderApp(api, '/proposals/new');
  await screen.findByLabelText('Tên đề xuất');
  fillFirstRow();
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 1'), { target: { value: '5000' } });

  fireEvent.change(screen.getByLabelText('Tìm đề nghị phối hợp để liên kết'), { target: { value: ' rà soát ' } });
  fireEvent.click(
    await screen.findByRole('button', { name: 'Liên kết PH-2026-0001 — Rà soát hồ sơ cấp giấy chứng nhận' }),
  );
  fireEvent.click(screen.getByRole('button', { name: 'Liên kết PH-2026-0002 — Rà soát hồ sơ thu hồi đất' }));
  expect(operationsNamed(api, 'LinkableRequests')[0].variables).toEqual({ search: 'rà soát' });
  const chips = within(screen.getByRole('list', { name: 'Đề nghị đã liên kết' }));
  expect(await chips.findByText('PH-2026-0002 — Rà soát hồ sơ thu hồi đất')).toBeTruthy();
  expect(screen.getByText('Không tìm thấy đề nghị phù hợp.')).toBeTruthy(); // both taken

  fireEvent.click(
    await chips.findByRole('button', { name: 'Bỏ liên kết PH-2026-0001 — Rà soát hồ sơ cấp giấy chứng nhận' }),
  );
  expect(
    screen.getByRole('button', { name: 'Liên kết PH-2026-0001 — Rà soát hồ sơ cấp giấy chứng nhận' }),
  ).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  await waitFor(() => expect(operationsNamed(api, 'CreateProposal')).toHaveLength(1));
  const input = operationsNamed(api, 'CreateProposal')[0].variables!.input as Record<string, unknown>;
  expect(input.linkedRequestIds).toEqual(['r-2']);
});

test('every server field problem shows on its field in the server’s words, with its limit', async () => {
  const api = createStubApi({
    Me: { data: { me: tnmtLead } },
    CreateProposal: graphQLError('BAD_USER_INPUT', {
      fields: [
        { field: 'fiscalYear', code: 'INVALID_FORMAT', message: 'Năm ngân sách từ 2025 đến 2031.' },
        { field: 'rationale', code: 'TOO_LONG', message: 'Tối đa 20000 ký tự.' },
        { field: 'items.0.justification', code: 'TOO_LONG', message: 'Tối đa 5000 ký tự.' },
      ],
    }),
  });
  renderApp(api, '/proposals/new');
  await screen.findByLabelText('Tên đề xuất');
  fillFirstRow();
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 1'), { target: { value: '5000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  expect(await screen.findByText('Năm ngân sách từ 2025 đến 2031.')).toBeTruthy();
  expect(screen.getByText('Tối đa 20000 ký tự.')).toBeTruthy();
  expect(screen.getByText('Tối đa 5000 ký tự.')).toBeTruthy();
  expect(screen.queryByText('Thông tin nhập chưa hợp lệ. Vui lòng kiểm tra lại.')).toBeNull();
});

test('money inputs refuse a minus sign, an exponent and more than the server allows, and take a pasted "1.250.000.000 ₫"', async () => {
  renderApp(createStubApi({ Me: { data: { me: tnmtLead } } }), '/proposals/new');
  const amount = await screen.findByLabelText<HTMLInputElement>('Số tiền (đồng), dòng 1');

  fireEvent.change(amount, { target: { value: '-5000000' } });
  expect(amount.value).toBe('');
  expect(screen.getByText('Số tiền chỉ gồm chữ số (không âm, không số mũ, không phần lẻ).')).toBeTruthy();

  fireEvent.change(amount, { target: { value: '1' } });
  fireEvent.change(amount, { target: { value: '1e9' } });
  expect(amount.value).toBe('1');
  expect(screen.getByText('Số tiền chỉ gồm chữ số (không âm, không số mũ, không phần lẻ).')).toBeTruthy();

  fireEvent.change(amount, { target: { value: '1.250.000.000 ₫' } });
  expect(amount.value).toBe('1.250.000.000');
  expect(screen.queryByText(/Số tiền chỉ gồm chữ số/)).toBeNull();

  fireEvent.change(amount, { target: { value: '10.000.000.000.000.0001' } });
  expect(amount.value).toBe('1.250.000.000');
  expect(screen.getByText('Tối đa 10.000.000.000.000.000 ₫ cho mỗi dòng.')).toBeTruthy();
});

test('a staff member sees no "Gửi đề xuất"; saving says the draft waits for the agency’s leader', async () => {
  const staff = {
    ...tnmtLead,
    id: 'u-tnmt-staff',
    username: 'stnmt.staff',
    fullName: 'Chuyên viên Sở TN&MT',
    title: 'Chuyên viên',
    role: 'STAFF' as const,
    capabilities: capabilities.staff,
  };
  const staffDraft = proposalDetail({
    status: 'DRAFT',
    code: null,
    version: 1,
    allowedActions: ['UPDATE_DRAFT', 'WITHDRAW'],
    appraisals: [],
  });
  const api = createStubApi({
    Me: { data: { me: staff } },
    CreateProposal: { data: { createProposal: { proposal: staffDraft } } },
    ProposalDetail: { data: { proposal: staffDraft } },
  });
  renderApp(api, '/proposals/new');
  await screen.findByLabelText('Tên đề xuất');
  expect(screen.queryByRole('button', { name: 'Gửi đề xuất' })).toBeNull();
  fillFirstRow();
  fireEvent.change(screen.getByLabelText('Số tiền (đồng), dòng 1'), { target: { value: '5000' } });
  fireEvent.click(screen.getByRole('button', { name: 'Lưu nháp' }));

  expect(await screen.findByText('Đã lưu bản nháp; lãnh đạo cơ quan cần gửi.')).toBeTruthy();
  expect(operationNames(api)).not.toContain('SubmitProposal');
});
