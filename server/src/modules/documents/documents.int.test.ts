import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { SignedDocumentKind, storedSignedDocument } from '../signing';
import { pdfsig } from '../signing/signing-test-kit';
import { renderConclusionPdf, renderDecisionPdf } from './index';

/** Text of a PDF as poppler extracts it, lines joined: what a reader's copy-and-paste gives. */
function pdfText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}

/** One file in a temporary folder, for the poppler and unzip tools that read files. */
function tempFile(name: string, bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-documents-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('official documents (Decree 30 layout)', () => {
  let t: TestApp;
  let committee: string;
  let decisionId: string;
  let meetingId: string;

  const get = (url: string, token?: string) =>
    fetch(`${t.url}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp({ config: { demoRequests: true } });
    committee = await t.login('ubnd.lead');
    const listed = await t.gql<{ decisions: { edges: { node: { id: string; kind: string } }[] } }>(
      '{ decisions(first: 10) { edges { node { id kind } } } }',
      {},
      committee,
    );
    decisionId = listed.data!.decisions.edges.find((e) => e.node.kind === 'APPROVAL')!.node.id;
    const meetings = await t.gql<{ meetings: { edges: { node: { id: string; status: string } }[] } }>(
      '{ meetings(first: 10) { edges { node { id status } } } }',
      {},
      committee,
    );
    meetingId = meetings.data!.meetings.edges.find((e) => e.node.status === 'PUBLISHED')!.node.id;
  }, 120_000);

  afterAll(() => t?.stop());

  it('prints the demo decision with every part, dated in its own time, its font embedded', async () => {
    const response = await get(`/documents/decisions/${decisionId}.pdf`, committee);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^inline; filename="QD-1-UBND-2023\.pdf"; filename\*=UTF-8''Q%C4%90-1-UBND-2023\.pdf$/);
    const pdf = Buffer.from(await response.arrayBuffer());
    const text = pdfText(pdf);
    for (const part of [
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1/QĐ-UBND',
      'Hòa Bình, ngày 20 tháng 4 năm 2023',
      'QUYẾT ĐỊNH',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015',
      'Xét đề nghị của Sở Tài nguyên và Môi trường',
      'ý kiến thẩm định của Sở Tài chính',
      'QUYẾT ĐỊNH:',
      'Điều 1.',
      'Bằng chữ:',
      'Điều 3.',
      'chịu trách nhiệm thi hành Quyết định này',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Huyền',
      'Nơi nhận:',
      '- Như Điều 3;',
      '- Lưu: VT',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(part);
    }
    const fonts = execFileSync('pdffonts', [tempFile('decision.pdf', pdf)]).toString();
    const rows = fonts.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+Tinos-\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const info = execFileSync('pdfinfo', ['-isodates', tempFile('decision.pdf', pdf)]).toString();
    expect(info).toMatch(/CreationDate:\s+2023-04-20T/);
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
  });

  it('serves the decision and the notice as signed when issued, byte for byte, signatures valid', async () => {
    for (const [url, kind, id, signedOn] of [
      [`/documents/decisions/${decisionId}.pdf`, SignedDocumentKind.DECISION, decisionId, 'Apr 20 2023'],
      [`/documents/conclusions/${meetingId}.pdf`, SignedDocumentKind.CONCLUSION, meetingId, 'Mar 31 2023'],
    ] as const) {
      const served = Buffer.from(await (await get(url, committee)).arrayBuffer());
      const stored = await storedSignedDocument(t.app.orm.em.fork(), kind, id);
      expect(stored).not.toBeNull();
      expect(served.equals(stored!)).toBe(true);
      const report = pdfsig(served);
      expect(report).toContain('Signature is Valid');
      expect(report).toContain(`Signing Time: ${signedOn}`);
    }
  });

  it('renders the same text whenever it is rendered, through the given EntityManager', async () => {
    const first = pdfText(await renderDecisionPdf(t.app.orm.em.fork(), decisionId));
    const again = pdfText(await renderDecisionPdf(t.app.orm.em.fork(), decisionId));
    expect(again).toBe(first);
  });

  it('an amending decision cites the one it amends, a revoking one what it revokes', async () => {
    const current = await t.gql<{
      decision: { lines: { itemId: string; grantedQuantity: number; grantedAmount: string | null }[] };
    }>(
      'query($id: ID!) { decision(id: $id) { lines { itemId grantedQuantity grantedAmount } } }',
      { id: decisionId },
      committee,
    );
    const amended = await t.gql<{ amendDecision: { decision: { id: string; numberText: string } } }>(
      'mutation($input: AmendDecisionInput!) { amendDecision(input: $input) { decision { id numberText } } }',
      {
        input: {
          decisionId,
          conditions: 'Điều chỉnh theo kết quả rà soát của Sở Tài chính.',
          grants: current.data!.decision.lines.map((l) => ({
            itemId: l.itemId,
            grantedQuantity: l.grantedQuantity,
            grantedAmount: l.grantedAmount,
          })),
        },
      },
      committee,
    );
    expect(amended.errors).toBeUndefined();
    const { id, numberText } = amended.data!.amendDecision.decision;
    const text = pdfText(
      Buffer.from(await (await get(`/documents/decisions/${id}.pdf`, committee)).arrayBuffer()),
    ).replace(/\s+/g, ' ');
    expect(text).toContain(`Số: ${numberText}`);
    expect(text).toContain('sửa đổi Quyết định số 1/QĐ-UBND');
    expect(text).toContain('Sửa đổi Điều 1 Quyết định số 1/QĐ-UBND ngày 20 tháng 4 năm 2023');
    expect(text).toContain('Căn cứ Quyết định số 1/QĐ-UBND ngày 20 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh Hòa Bình');

    const revoked = await t.gql<{ revokeDecision: { decision: { id: string } } }>(
      'mutation($input: RevokeDecisionInput!) { revokeDecision(input: $input) { decision { id } } }',
      { input: { decisionId: id, reason: 'Đã bố trí từ nguồn khác.' } },
      committee,
    );
    expect(revoked.errors).toBeUndefined();
    const revocation = pdfText(await renderDecisionPdf(t.app.orm.em.fork(), revoked.data!.revokeDecision.decision.id));
    expect(revocation.replace(/\s+/g, ' ')).toContain(`Bãi bỏ Quyết định số ${numberText}`);
  });

  it('prints the published conclusion notice with its directives', async () => {
    const response = await get(`/documents/conclusions/${meetingId}.pdf`, committee);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="TB-\d+-UBND-2023\.pdf"/);
    const text = pdfText(Buffer.from(await response.arrayBuffer())).replace(/\s+/g, ' ');
    for (const part of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '/TB-UBND',
      'Hòa Bình, ngày 31 tháng 3 năm 2023',
      'THÔNG BÁO',
      'Kết luận của Phó Chủ tịch UBND tỉnh Lê Huyền tại buổi làm việc với Sở Tài nguyên và Môi trường',
      'Ngày 30/3/2023',
      '1. Rà soát toàn bộ nhiệm vụ trọng tâm',
      'Giao Sở Tài nguyên và Môi trường chủ trì',
      'thời hạn hoàn thành: 30/4/2023',
      'KT. CHỦ TỊCH',
      'Lê Huyền',
      'Nơi nhận:',
      '- Lưu: VT.',
    ]) {
      expect(text).toContain(part);
    }
    expect(pdfText(await renderConclusionPdf(t.app.orm.em.fork(), meetingId)).replace(/\s+/g, ' ')).toBe(text);
  });

  it('gives a document to exactly those who may read the record', async () => {
    expect((await get(`/documents/decisions/${decisionId}.pdf`)).status).toBe(401);
    expect((await get(`/documents/conclusions/${meetingId}.pdf`)).status).toBe(401);
    const unknown = await get(`/documents/decisions/00000000-0000-4000-8000-000000000000.pdf`, committee);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'NOT_FOUND',
    );
    expect((await get(`/documents/decisions/not-an-id.pdf`, committee)).status).toBe(404);
    for (const username of ['stnmt.staff', 'stc.lead', 'stttt.staff', 'ubnd.staff']) {
      const token = await t.login(username);
      const meeting = await t.gql('query($id: ID!) { meeting(id: $id) { id } }', { id: meetingId }, token);
      const notice = await get(`/documents/conclusions/${meetingId}.pdf`, token);
      expect([username, notice.status]).toEqual([username, meeting.errors ? 404 : 200]);
      // the decision register is open to every signed-in official: so is the decision's document
      const decision = await t.gql('query($id: ID!) { decision(id: $id) { id } }', { id: decisionId }, token);
      const document = await get(`/documents/decisions/${decisionId}.pdf`, token);
      expect([username, document.status]).toEqual([username, decision.errors ? 404 : 200]);
    }
    const outsider = await get(`/documents/conclusions/${meetingId}.pdf`, await t.login('stttt.staff'));
    expect(outsider.status).toBe(404);
  });

  it('answers a session that must first change its password as nobody, like the other file routes', async () => {
    const admin = await t.login('admin');
    const agency = await t.gql<{ me: { agency: { id: string } } }>('{ me { agency { id } } }', {}, committee);
    const created = await t.gql<{ createUser: { oneTimePassword: string } }>(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { oneTimePassword } }',
      {
        input: {
          username: 'ubnd.moi',
          fullName: 'Nguyễn Văn Mới',
          title: 'Chuyên viên',
          role: 'STAFF',
          agencyId: agency.data!.me.agency.id,
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const restricted = await t.login('ubnd.moi', created.data!.createUser.oneTimePassword);
    expect((await get(`/documents/decisions/${decisionId}.pdf`, restricted)).status).toBe(401);
    expect((await get(`/documents/conclusions/${meetingId}.pdf`, restricted)).status).toBe(401);
    expect((await get('/documents/reports/2023/1.docx', restricted)).status).toBe(401);
  });

  it('prints the quarterly report as PDF and as a Word file, as the report page scopes it', async () => {
    const pdf = await get('/documents/reports/2023/1.pdf', committee);
    expect(pdf.status).toBe(200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer())).replace(/\s+/g, ' ');
    for (const part of [
      'Số: /BC-UBND',
      'Hòa Bình, ngày 31 tháng 3 năm 2023',
      'BÁO CÁO',
      'Kết quả thực hiện nhiệm vụ quý I năm 2023',
      'KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ',
      'Sở Nội vụ 3 3 0 0 0 100%',
      'TM. ỦY BAN NHÂN DÂN',
      'Nơi nhận:',
    ]) {
      expect(text).toContain(part);
    }

    const department = await t.login('stnmt.lead');
    const own = await get('/documents/reports/2023/1.docx', department);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const file = tempFile('report.docx', Buffer.from(await own.arrayBuffer()));
    expect(execFileSync('unzip', ['-t', file]).toString()).toContain('No errors detected');
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
    expect(xml).toContain('BÁO CÁO');
    expect(xml).toContain('Kết quả thực hiện nhiệm vụ quý I năm 2023');
    expect(xml).toContain('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG');
    // Sở TN&MT's Q1/2023: 15 tasks, 11 on time, 1 late, 3 land tasks overdue
    expect(xml).toMatch(/Tổng số 15 nhiệm vụ: hoàn thành đúng hạn 11; hoàn thành quá hạn 1;.*quá hạn 3\./);
    expect(xml).not.toContain('KẾT QUẢ THEO CƠ QUAN, ĐƠN VỊ');

    // another agency's report: as the statistics answer it (not found), bad periods are refused with a code
    const committeeAgency = await t.gql<{ me: { agency: { id: string } } }>('{ me { agency { id } } }', {}, committee);
    const foreign = await get(`/documents/reports/2023/1.pdf?agency=${committeeAgency.data!.me.agency.id}`, department);
    expect(foreign.status).toBe(404);
    for (const bad of [
      '/documents/reports/2023/5.pdf',
      '/documents/reports/abc/1.pdf',
      '/documents/reports/1999/1.docx',
    ]) {
      const refused = await get(bad, department);
      expect([bad, refused.status]).toEqual([bad, 400]);
      expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect((await get('/documents/reports/2023/1.pdf')).status).toBe(401);
  });
});
