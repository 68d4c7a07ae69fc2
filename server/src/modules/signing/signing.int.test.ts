import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import pg from 'pg';
import { runSql } from '../../shared/sql';
import { COMMIT_ORDER_LOCK } from '../../shared/commit-order';
import { startTestApp, testConfig, type TestApp } from '../../test-support/test-app';
import { DecisionKind, issueDecision } from '../decisions';
import { registerOfficialLayouts } from '../documents';
import { User } from '../users';
import { localCredential } from './local-ca';
import { signPdf } from './pdf-signature';
import { documentRenderer, setDocumentRenderers } from './document-renderers';
import { SignedDocumentKind } from './signed-document.entity';
import { sha256, storedSignedDocument } from './signed-documents';
import { configureSigning } from './signing.settings';
import { LE_HUYEN, pdfsig, plainPdf, tamper, tempSigningSettings } from './signing-test-kit';

const ISSUED_AT = new Date('2023-05-04T02:15:00Z');

/** Whether `tx`'s session holds the commit-order lock (pg_advisory_xact_lock of a key below 2³²: classid 0). */
const commitOrderLockHeld = async (tx: Parameters<typeof runSql>[0]) =>
  (
    await runSql<{ held: boolean }[]>(
      tx,
      `select exists (select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()
                       and classid = 0 and objid = ? and granted) as held`,
      [COMMIT_ORDER_LOCK],
    )
  )[0].held;

/** Issue 14, item 4: decisions signed at issue time, stored once, served unchanged, verifiable. */
describe('signed documents', () => {
  let t: TestApp;
  let db: pg.Client;
  let token: string;
  let decisionId: string;
  /** Other authorities' folders made by the tests. */
  const scratch: string[] = [];
  const count = async (recordId?: string) =>
    (
      await db.query(
        `select count(*)::int as n from signed_documents ${recordId ? 'where record_id = $1' : ''}`,
        recordId ? [recordId] : [],
      )
    ).rows[0].n as number;

  /** Issues a decision signed by the Committee's leader, as the services do, in `tx`. */
  const issue = (tx: Parameters<Parameters<TestApp['app']['orm']['em']['transactional']>[0]>[0]) =>
    tx.findOneOrFail(User, { username: 'ubnd.lead' }).then((signer) =>
      issueDecision(tx, {
        kind: DecisionKind.APPROVAL,
        proposalId: null,
        amends: null,
        title: 'Về việc cấp kinh phí số hóa hồ sơ địa chính',
        lines: [
          {
            itemId: randomUUID(),
            kind: 'FUNDING',
            description: 'Số hóa hồ sơ',
            unit: 'gói',
            requestedQuantity: 1,
            requestedAmount: '100000000',
            grantedQuantity: 1,
            grantedAmount: '100000000',
          },
        ],
        conditions: 'Đúng quy định.',
        signer,
        provinceName: 'Hòa Bình',
        signedAt: ISSUED_AT,
      }),
    );

  const verifyUpload = async (pdf: Buffer, auth = token) => {
    const response = await fetch(`${t.url}/documents/verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: new Uint8Array(pdf),
    });
    return { status: response.status, body: (await response.json()) as { verification: Record<string, unknown> } };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.database.url });
    await db.connect();
    token = await t.login('ubnd.lead');
    decisionId = (await t.app.orm.em.fork().transactional(issue)).id;
  });
  afterAll(async () => {
    await db.end();
    await t.stop();
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stores exactly one signed copy when a decision is issued, its hash in the audit log', async () => {
    expect(await count(decisionId)).toBe(1);
    const stored = (await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId))!;
    const { rows } = await db.query(
      `select details from audit_log where action = 'DOCUMENT.SIGNED' and subject_type = 'DECISION' and subject_id = $1`,
      [decisionId],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].details.sha256).toBe(sha256(stored));
    expect(rows[0].details.signedAt).toBe(ISSUED_AT.toISOString());
  });

  it('serves the same bytes every time, signed by the leader at the decision’s own time', async () => {
    const first = await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId);
    const second = await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId);
    expect(first!.equals(second!)).toBe(true);
    const report = pdfsig(first!);
    expect(report).toContain('Signature is Valid');
    expect(report).toMatch(/Signing Time:\s+May 04 2023 02:15:00/);
    const { rows } = await db.query(`select full_name from users where username = 'ubnd.lead'`);
    expect(report).toContain(`Common Name: ${rows[0].full_name}`);
  });

  it('leaves no signed copy behind when the issuing transaction rolls back', async () => {
    const before = await count();
    await expect(
      t.app.orm.em.fork().transactional(async (tx) => {
        await issue(tx);
        throw new Error('the caller fails after issuing');
      }),
    ).rejects.toThrow('the caller fails after issuing');
    expect(await count()).toBe(before);
  });

  it('renders and signs a decision before its transaction takes the commit-order lock, which every writer waits on', async () => {
    const official = documentRenderer(SignedDocumentKind.DECISION);
    const lockHeldWhileRendering: boolean[] = [];
    setDocumentRenderers({
      [SignedDocumentKind.DECISION]: async (tx, recordId) => {
        lockHeldWhileRendering.push(await commitOrderLockHeld(tx));
        return official(tx, recordId);
      },
      [SignedDocumentKind.CONCLUSION]: documentRenderer(SignedDocumentKind.CONCLUSION),
    });
    try {
      const decision = await t.app.orm.em.fork().transactional(async (tx) => {
        const issued = await issue(tx);
        // the probe sees the lock once it is taken: the seal's audit row took it in this transaction
        expect(await commitOrderLockHeld(tx)).toBe(true);
        return issued;
      });
      expect(lockHeldWhileRendering).toEqual([false]);
      expect(await count(decision.id)).toBe(1);
    } finally {
      registerOfficialLayouts();
    }
  });

  it('shows the signed copy on the decision', async () => {
    const r = await t.gql<{ decision: { signedDocument: Record<string, string> } }>(
      `query($id: ID!) { decision(id: $id) { signedDocument { sha256 signerName signedAt certificateSubject } } }`,
      { id: decisionId },
      token,
    );
    const stored = (await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId))!;
    expect(r.data!.decision.signedDocument).toMatchObject({
      sha256: sha256(stored),
      signedAt: ISSUED_AT.toISOString(),
      certificateSubject: expect.stringMatching(/^CN=.+, title=.+, O=.+, C=VN$/),
    });
  });

  it('answers "genuine" for the stored file, with its number, title, signer and time', async () => {
    const stored = (await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId))!;
    const { status, body } = await verifyUpload(stored);
    expect(status).toBe(200);
    expect(body.verification).toMatchObject({
      genuine: true,
      code: 'GENUINE',
      kind: 'DECISION',
      recordId: decisionId,
      number: expect.stringMatching(/^\d+\/QĐ-UBND$/),
      title: 'Về việc cấp kinh phí số hóa hồ sơ địa chính',
      signedAt: ISSUED_AT.toISOString(),
    });
  });

  it('answers "not genuine", with the reason, for a changed, unsigned, foreign or unknown file', async () => {
    const stored = (await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId))!;
    const codeOf = async (pdf: Buffer) => (await verifyUpload(pdf)).body.verification;
    expect(await codeOf(tamper(stored))).toMatchObject({ genuine: false, code: 'SIGNATURE_INVALID' });
    expect(await codeOf(Buffer.concat([stored, Buffer.from('\n% appended\n')]))).toMatchObject({
      genuine: false,
      code: 'MODIFIED_AFTER_SIGNING',
    });
    expect(await codeOf(await plainPdf())).toMatchObject({ genuine: false, code: 'NOT_SIGNED' });
    expect(await codeOf(Buffer.from('not a pdf at all'))).toMatchObject({ genuine: false, code: 'NOT_PDF' });
    // signed by our authority, but never issued by the system
    expect(await codeOf(await signPdf(await plainPdf(), LE_HUYEN, ISSUED_AT))).toMatchObject({
      genuine: false,
      code: 'UNKNOWN_DOCUMENT',
      signerName: 'Lê Huyền',
    });
    // a valid signature from another authority: the same name, another CA
    const foreign = tempSigningSettings({ provinceName: 'Nơi khác' });
    scratch.push(foreign.dir);
    configureSigning(foreign);
    const foreignSigned = await signPdf(await plainPdf(), LE_HUYEN, ISSUED_AT);
    configureSigning(testConfig().signing);
    expect(pdfsig(foreignSigned)).toContain('Signature is Valid');
    expect(await codeOf(foreignSigned)).toMatchObject({ genuine: false, code: 'UNTRUSTED_SIGNER' });
  });

  it("signs with an operator's PKCS#12 file and trusts the operator's CA", async () => {
    // the operator's authority: another CA, its official's key and chain exported as <username>.p12
    const operator = tempSigningSettings({ provinceName: 'Vận hành' });
    scratch.push(operator.dir);
    const issued = localCredential(operator, { ...LE_HUYEN, fullName: 'Nguyễn Văn Vận Hành' });
    const p12Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-p12-'));
    scratch.push(p12Dir);
    const p12 = forge.pkcs12.toPkcs12Asn1(forge.pki.privateKeyFromPem(issued.keyPem), issued.chain, 'p12-secret', {
      algorithm: '3des',
    });
    fs.writeFileSync(path.join(p12Dir, 'ubnd.lead.p12'), Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'));
    configureSigning({
      ...testConfig().signing,
      caCertFile: path.join(operator.dir, 'ca.cert.pem'),
      p12Dir,
      p12Passphrase: 'p12-secret',
    });
    try {
      const signed = await signPdf(await plainPdf(), { ...LE_HUYEN, username: 'ubnd.lead' }, ISSUED_AT);
      expect(pdfsig(signed)).toContain('Common Name: Nguyễn Văn Vận Hành');
      // trusted (the chain leads to the operator's CA), though never issued by the system
      expect((await verifyUpload(signed)).body.verification).toMatchObject({
        code: 'UNKNOWN_DOCUMENT',
        signerName: 'Nguyễn Văn Vận Hành',
      });
      // and the local demo authority is no longer the one trusted
      const local = await storedSignedDocument(t.app.orm.em.fork(), SignedDocumentKind.DECISION, decisionId);
      expect((await verifyUpload(local!)).body.verification).toMatchObject({ code: 'UNTRUSTED_SIGNER' });
    } finally {
      configureSigning(testConfig().signing);
    }
  });

  it('asks the uploader to sign in, and to send a PDF', async () => {
    expect((await verifyUpload(await plainPdf(), '')).status).toBe(401);
    const response = await fetch(`${t.url}/documents/verify`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` },
      body: 'hello',
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('INVALID_FORMAT');
  });
});
