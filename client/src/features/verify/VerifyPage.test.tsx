import { fireEvent, screen } from '@testing-library/react';
import { localityStaff } from '../../test-support/fixtures';
import { renderApp } from '../../test-support/render-app';
import { createStubApi } from '../../test-support/stub-api';
import type { Verification } from './verify-upload';

// jsdom has no fetch: each test gives its own, answering as the server does
const realFetch = globalThis.fetch;
beforeEach(() => localStorage.clear());
afterEach(() => {
  globalThis.fetch = realFetch;
});

const verdict = (v: Partial<Verification>): Verification => ({
  genuine: false,
  code: 'NOT_SIGNED',
  kind: null,
  recordId: null,
  number: null,
  title: null,
  signerName: null,
  signedAt: null,
  ...v,
});

/** Uploads a file on the page with the server answering `answer`; returns what was sent. */
async function upload(answer: Verification) {
  const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => ({
    ok: true,
    status: 200,
    json: async () => ({ verification: answer }),
  }));
  globalThis.fetch = fetchMock as unknown as typeof fetch;
  renderApp(createStubApi({ Me: { data: { me: localityStaff } } }), '/verify');
  const input = await screen.findByLabelText('Tệp PDF');
  fireEvent.change(input, { target: { files: [new File(['%PDF-1.3'], 'qd.pdf', { type: 'application/pdf' })] } });
  fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  return fetchMock;
}

test('a genuine decision: its number, signer and signing time, and a link to it', async () => {
  const fetchMock = await upload(
    verdict({
      genuine: true,
      code: 'GENUINE',
      kind: 'DECISION',
      recordId: 'd-12',
      number: '12/QĐ-UBND',
      title: 'Về việc cấp kinh phí',
      signerName: 'Lê Huyền',
      signedAt: '2023-04-20T01:00:00.000Z',
    }),
  );
  const result = await screen.findByRole('status');
  expect(result.textContent).toContain(
    'Văn bản hợp lệ — Quyết định số 12/QĐ-UBND, ký bởi Lê Huyền lúc 08:00 20/04/2023',
  );
  expect(result.textContent).toContain('Trích yếu: Về việc cấp kinh phí');
  expect(screen.getByRole('link', { name: '12/QĐ-UBND' }).getAttribute('href')).toBe('/decisions/d-12');
  const [url, init] = fetchMock.mock.calls[0];
  expect(url).toBe('/documents/verify');
  expect(init?.method).toBe('POST');
  expect((init?.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
});

test('a changed file: not genuine, and why', async () => {
  await upload(verdict({ code: 'SIGNATURE_INVALID', signerName: 'Lê Huyền', signedAt: '2023-04-20T01:00:00.000Z' }));
  const result = await screen.findByRole('alert');
  expect(result.textContent).toContain('Văn bản không hợp lệ');
  expect(result.textContent).toContain('văn bản đã bị thay đổi sau khi ký');
  expect(result.textContent).toContain('Chữ ký trong tệp: Lê Huyền');
});
