import { fireEvent, screen, within } from '@testing-library/react';
import { localityStaff } from '../../test-support/fixtures';
import { decisionDetail } from '../../test-support/proposal-fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi } from '../../test-support/stub-api';
import { signingLines, subjectLine, vietnameseDateLine } from './decision-document';

beforeEach(() => localStorage.clear());

const api = (decision = decisionDetail()) =>
  createStubApi({ Me: { data: { me: localityStaff } }, DecisionDetail: { data: { decision } } });

test('the printable decision: issuer, number, national heading, QUYẾT ĐỊNH, grants, conditions, signing form and signer', async () => {
  renderApp(api(), '/decisions/d-42');

  const doc = within(await screen.findByRole('article', { name: 'Quyết định số 42/QĐ-UBND' }));
  expect(doc.getByText('Số: 42/QĐ-UBND')).toBeTruthy();
  expect(doc.getAllByText('ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH')).toHaveLength(2); // the issuer and the authority line
  expect(doc.getByText('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeTruthy();
  expect(doc.getByText('Độc lập - Tự do - Hạnh phúc')).toBeTruthy();
  expect(doc.getByText('Hòa Bình, ngày 05 tháng 03 năm 2026')).toBeTruthy(); // signed 01:30 on 5/3 in province time
  expect(doc.getByRole('heading', { level: 1, name: 'QUYẾT ĐỊNH' })).toBeTruthy();
  expect(doc.getByText('Về việc phê duyệt kinh phí số hóa hồ sơ địa chính')).toBeTruthy();
  expect(doc.getByText('QUYẾT ĐỊNH:')).toBeTruthy();
  const rows = doc
    .getAllByRole('row')
    .slice(1, 3)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
  expect(rows).toEqual([
    ['1', 'Số hóa hồ sơ địa chính (Kinh phí)', 'gói', '19.007.199.254.740.993 ₫', '11.250.000.000 ₫'],
    ['2', 'Máy quét khổ A3 (Trang thiết bị)', 'bộ', '4', '2'],
  ]);
  expect(doc.getByText(/Sở TN&MT quyết toán theo quy định\./)).toBeTruthy();
  expect(doc.getByText(/có hiệu lực kể từ ngày 05\/03\/2026/)).toBeTruthy();
  expect(doc.getByText('KT. CHỦ TỊCH')).toBeTruthy();
  expect(doc.getByText('PHÓ CHỦ TỊCH')).toBeTruthy();
  expect(doc.getByText('Lê Huyền')).toBeTruthy();
  expect(doc.queryByText('ĐÃ BỊ BÃI BỎ')).toBeNull();
  expect(document.title).toBe('Quyết định 42/QĐ-UBND · Liên thông');
});

test('"In quyết định" prints the page', async () => {
  const print = jest.fn();
  window.print = print;
  renderApp(api(), '/decisions/d-42');
  fireEvent.click(await screen.findByRole('button', { name: 'In quyết định' }));
  expect(print).toHaveBeenCalledTimes(1);
});

test('"Tải PDF" is a plain link to the server\'s document, which the session cookie authenticates', async () => {
  renderApp(api(), '/decisions/d-42');
  const link = await screen.findByRole('link', { name: 'Tải PDF' });
  expect(link.getAttribute('href')).toBe('/documents/decisions/d-42.pdf');
  expect(link.hasAttribute('download')).toBe(true);
});

test('a revoked decision is marked and links to the revocation', async () => {
  renderApp(
    api(
      decisionDetail({
        amendedBy: [{ __typename: 'DecisionRef', id: 'd-50', numberText: '50/QĐ-UBND', kind: 'REVOCATION' }],
      }),
    ),
    '/decisions/d-42',
  );

  expect(await screen.findByText('ĐÃ BỊ BÃI BỎ')).toBeTruthy();
  expect(screen.getByRole('link', { name: '50/QĐ-UBND' }).getAttribute('href')).toBe('/decisions/d-50');
});

test('document helpers', () => {
  expect(signingLines('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  expect(signingLines('CHỦ TỊCH')).toEqual(['CHỦ TỊCH']);
  expect(subjectLine('Về việc phê duyệt')).toBe('Về việc phê duyệt');
  expect(vietnameseDateLine('2026-12-31T18:00:00Z')).toBe('ngày 01 tháng 01 năm 2027');
});

test('"Xem đề xuất" is offered only to those who may open the proposal', async () => {
  const { unmount } = renderApp(api(decisionDetail({ proposalReadable: true })), '/decisions/d-42');
  expect(await screen.findByRole('link', { name: 'Xem đề xuất' })).toBeTruthy();
  unmount();

  renderApp(api(decisionDetail({ proposalReadable: false })), '/decisions/d-42');
  await screen.findByRole('button', { name: 'In quyết định' });
  expect(screen.queryByRole('link', { name: 'Xem đề xuất' })).toBeNull();
});

test('the signed copy: who signed it and when, its certificate and hash, and where to verify a file', async () => {
  renderApp(api(), '/decisions/d-42');
  const status = await screen.findByRole('region', { name: 'Bản điện tử đã ký số' });
  expect(status.textContent).toContain('Ký số bởi Lê Huyền lúc 01:30 05/03/2026');
  expect(status.textContent).toContain('Chứng thư số: CN=Lê Huyền');
  expect(status.textContent).toContain('Mã băm SHA-256: a3f1c2d4');
  expect(within(status).getByRole('link', { name: 'Kiểm tra văn bản' }).getAttribute('href')).toBe('/verify');
});

test('a decision without a signed copy says so', async () => {
  renderApp(api(decisionDetail({ signedDocument: null })), '/decisions/d-42');
  expect(await screen.findByText('Quyết định này chưa có bản điện tử đã ký số.')).toBeTruthy();
});
