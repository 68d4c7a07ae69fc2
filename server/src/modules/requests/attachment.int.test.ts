import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, inDays, type RequestData } from '../../test-support/request-helpers';

describe('request attachments', () => {
  let t: TestApp;
  let locality: string;
  let department: string;
  let outsider: string;
  let request: RequestData;

  const upload = (
    token: string | null,
    requestId: string,
    body: Buffer | string,
    name = 'Danh sách hồ sơ tồn đọng.pdf',
    type = 'application/pdf',
  ) =>
    fetch(`${t.url}/files/requests/${requestId}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': type,
        'x-file-name': encodeURIComponent(name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const attachments = async (token: string) =>
    (
      await t.gql<{
        request: {
          attachments: {
            id: string;
            fileName: string;
            contentType: string;
            size: number;
            downloadUrl: string;
            agency: { code: string };
          }[];
          timeline: { type: string; note: string | null }[];
        };
      }>(
        'query($id: ID!) { request(id: $id) { attachments { id fileName contentType size downloadUrl agency { code } } timeline { type note } } }',
        { id: request.id },
        token,
      )
    ).data!.request;

  beforeAll(async () => {
    t = await startTestApp({ config: { attachmentMaxBytes: 64 * 1024 } });
    locality = await t.login('ubnd-dh.staff');
    department = await t.login('stnmt.staff');
    outsider = await t.login('stc.staff');
    const ids = await agencyIds(t, department);
    const draft = await act(t, locality, 'createRequest', 'CreateRequestInput', {
      title: 'Đề nghị kèm danh sách hồ sơ',
      body: 'Xem tệp đính kèm',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(5),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [],
    });
    request = await act(t, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  });
  afterAll(() => t.stop());

  it("uploads a file that the request's agencies can list and download byte for byte", async () => {
    const content = Buffer.from('%PDF-1.4 danh sách 142 hồ sơ\n'.repeat(100));
    const response = await upload(locality, request.id, content);
    expect(response.status).toBe(201);
    const { attachment } = await response.json();
    expect(attachment).toMatchObject({
      fileName: 'Danh sách hồ sơ tồn đọng.pdf',
      contentType: 'application/pdf',
      size: content.length,
    });

    const seen = await attachments(department);
    expect(seen.attachments).toEqual([
      expect.objectContaining({ id: attachment.id, size: content.length, agency: { code: 'UBND-DH' } }),
    ]);
    expect(seen.timeline.at(-1)).toEqual({ type: 'ATTACHED', note: 'Danh sách hồ sơ tồn đọng.pdf' });

    const download = await fetch(`${t.url}${seen.attachments[0].downloadUrl}`, {
      headers: { authorization: `Bearer ${department}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(encodeURIComponent('Danh sách hồ sơ tồn đọng.pdf'));
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
  });

  it('hides files from unrelated agencies and anonymous callers', async () => {
    const [file] = (await attachments(locality)).attachments;
    expect(
      (await fetch(`${t.url}${file.downloadUrl}`, { headers: { authorization: `Bearer ${outsider}` } })).status,
    ).toBe(404);
    expect((await fetch(`${t.url}${file.downloadUrl}`)).status).toBe(401);
    const refused = await upload(outsider, request.id, 'x', 'note.txt', 'text/plain');
    expect(refused.status).toBe(404);
    expect((await refused.json()).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses oversized files, unknown types and bad names, and keeps nothing of them', async () => {
    const before = (await attachments(locality)).attachments.length;
    const tooBig = await upload(locality, request.id, Buffer.alloc(65 * 1024, 1), 'big.pdf');
    expect(tooBig.status).toBe(413);
    expect((await tooBig.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const exe = await upload(locality, request.id, 'MZ...', 'setup.exe', 'application/x-msdownload');
    expect(exe.status).toBe(400);
    expect((await exe.json()).errors[0].extensions.fields).toEqual([
      expect.objectContaining({ field: 'contentType', code: 'NOT_ALLOWED' }),
    ]);
    expect((await upload(locality, request.id, 'x', '../../etc/passwd', 'text/plain')).status).toBe(400);
    expect((await attachments(locality)).attachments.length).toBe(before);
  });
});
