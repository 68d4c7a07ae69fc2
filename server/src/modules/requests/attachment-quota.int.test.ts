import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { act, agencyIds, inDays, type RequestData } from '../../test-support/request-helpers';

const KiB = 1024;

/** Issue 18, finding 12: parallel uploads never store more than a request's or an agency's quota. */
describe('attachment quotas', () => {
  const dir = path.join(os.tmpdir(), `lt-quota-${process.pid}`);
  let t: TestApp;
  let db: pg.Client;
  let locality: string;
  let department: string;
  let ids: Record<string, string>;

  const upload = (token: string, requestId: string, bytes: number) =>
    fetch(`${t.url}/files/requests/${requestId}/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('Hồ sơ.pdf'),
        authorization: `Bearer ${token}`,
      },
      body: new Uint8Array(Buffer.alloc(bytes, 7)),
    });
  const newRequest = async (): Promise<RequestData> => {
    const draft = await act(t, locality, 'createRequest', 'CreateRequestInput', {
      title: 'Đề nghị kèm hồ sơ',
      body: 'Xem tệp đính kèm',
      domain: 'LAND',
      priority: 'NORMAL',
      dueDate: inDays(5),
      leadAgencyId: ids.STNMT,
      supportingAgencyIds: [],
    });
    return act(t, locality, 'submitRequest', 'RequestActionInput', { id: draft.id, version: draft.version });
  };
  const stored = async (column: 'request_id' | 'agency_id', id: string) =>
    Number(
      (await db.query(`select coalesce(sum(size), 0) as n from request_attachments where ${column} = $1`, [id])).rows[0]
        .n,
    );
  /** Every file on disk is a recorded attachment: refused uploads left no file, not even a temporary one. */
  const expectNoStrayFiles = async () => {
    const rows = (await db.query('select id from request_attachments')).rows.map((r) => r.id as string);
    expect(
      fs
        .readdirSync(dir)
        .filter((f) => f !== 'tmp')
        .sort(),
    ).toEqual(rows.sort());
    expect(fs.readdirSync(path.join(dir, 'tmp'))).toEqual([]);
  };

  beforeAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    t = await startTestApp({
      config: {
        attachmentsDir: dir,
        attachmentMaxBytes: 64 * KiB,
        attachmentQuota: { perRequestBytes: 100 * KiB, perAgencyBytes: 200 * KiB },
      },
    });
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    locality = await t.login('ubnd-dh.staff');
    department = await t.login('stnmt.staff');
    ids = await agencyIds(t, locality);
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('one agency uploading to six requests at once: five files of 40 KiB fit its 200 KiB, the sixth is refused', async () => {
    const requests = [];
    for (let i = 0; i < 6; i++) requests.push(await newRequest());
    const responses = await Promise.all(requests.map((r) => upload(locality, r.id, 40 * KiB)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 201, 201, 201, 201, 413]);
    const refused = await responses.find((r) => r.status === 413)!.json();
    expect(refused.errors[0].extensions.code).toBe('QUOTA_EXCEEDED');
    expect(refused.errors[0].message).toBe('Vượt hạn mức tệp đính kèm của cơ quan: tối đa 200 KB, đã dùng 200 KB.');
    expect(await stored('agency_id', ids['UBND-DH'])).toBe(200 * KiB);
    // once full, an upload that declares its size is refused before its bytes are read
    const another = await upload(locality, requests[0].id, 1);
    expect((await another.json()).errors[0].extensions.code).toBe('QUOTA_EXCEEDED');
    await expectNoStrayFiles();
  });

  it('one request: parallel uploads never store more than its 100 KiB, and the one that would pass is refused', async () => {
    const request = await newRequest();
    const responses = await Promise.all(Array.from({ length: 6 }, () => upload(department, request.id, 40 * KiB)));
    // parallel attachments to one request also meet its version (CONFLICT): none may pass the quota
    expect(responses.every((r) => [201, 409, 413].includes(r.status))).toBe(true);
    expect(await stored('request_id', request.id)).toBeLessThanOrEqual(100 * KiB);
    for (let i = 0; i < 3; i++) await upload(department, request.id, 40 * KiB);
    expect(await stored('request_id', request.id)).toBe(80 * KiB);
    const refused = await upload(department, request.id, 40 * KiB);
    expect(refused.status).toBe(413);
    expect((await refused.json()).errors[0]).toEqual({
      message: 'Vượt hạn mức tệp đính kèm của đề nghị: tối đa 100 KB, đã dùng 80 KB.',
      extensions: {
        code: 'QUOTA_EXCEEDED',
        messageKey: 'attachment.quotaExceeded',
        messageParams: { whose: 'request', limit: '100 KB', used: '80 KB' },
        requestId: expect.any(String),
      },
    });
    await expectNoStrayFiles();
  });
});
