import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { db, runQuery } from '../../shared/typed-sql';
import { appendAudit } from '../audit';
import { User } from '../users';
import { certificateFingerprint, subjectText } from './certificates';
import { documentRenderer } from './document-renderers';
import type { SignerIdentity } from './local-ca';
import { credentialFor, signPdf } from './pdf-signature';
import { SignedDocument, SignedDocumentKind } from './signed-document.entity';

declare module '../../shared/database.generated' {
  interface NativeEnums {
    signed_document_kind: SignedDocumentKind;
  }
}

/** The audit action that records a signed copy's hash. */
export const DOCUMENT_SIGNED = 'DOCUMENT.SIGNED';

export interface IssuedRecord {
  kind: SignedDocumentKind;
  recordId: string;
  signerUserId: string;
  /** The record's issue time (the service's clock), written into the signature. */
  signedAt: Date;
}

/**
 * Renders the issued record, signs it as its signer and stores the signed copy with a
 * DOCUMENT.SIGNED audit row holding its hash — all in the issuing transaction `tx`, so a record
 * never exists without its signed copy. The record must be flushed: the layout reads it from `tx`.
 */
export async function signIssuedRecord(tx: EntityManager, record: IssuedRecord): Promise<SignedDocument> {
  return (await signRecordCopy(tx, record)).store();
}

/** A rendered and signed copy, not stored yet. */
export interface SignedCopy {
  /** Stores the copy and its DOCUMENT.SIGNED audit row in the issuing transaction. */
  store(): Promise<SignedDocument>;
}

/**
 * The two halves of signIssuedRecord, for an issuer that writes audit rows of its own: render and
 * sign first (~35 ms of CPU), store after. The first audit row or event of a transaction takes
 * the commit-order lock, held until COMMIT, and every writer of the server waits while it is held
 * — so the layout and the signature must be done before it, never under it.
 */
export async function signRecordCopy(tx: EntityManager, record: IssuedRecord): Promise<SignedCopy> {
  const { agencyId, ...signer } = await signerIdentity(tx, record.signerUserId);
  const signed = await signPdf(await documentRenderer(record.kind)(tx, record.recordId), signer, record.signedAt);
  return { store: () => storeSignedCopy(tx, record, signer, agencyId, signed) };
}

async function storeSignedCopy(
  tx: EntityManager,
  record: IssuedRecord,
  signer: SignerIdentity,
  agencyId: string,
  signed: Buffer,
): Promise<SignedDocument> {
  const { certificate } = credentialFor(signer);
  const document = tx.create(SignedDocument, {
    kind: record.kind,
    recordId: record.recordId,
    sha256: sha256(signed),
    bytes: signed,
    signer: tx.getReference(User, signer.userId),
    signerName: signer.fullName,
    certificateSubject: subjectText(certificate),
    certificateSerial: certificate.serialNumber,
    certificateFingerprint: certificateFingerprint(certificate),
    signedAt: record.signedAt,
  });
  tx.persist(document);
  await appendAudit(tx, {
    actorUserId: signer.userId,
    actorAgencyId: agencyId,
    action: DOCUMENT_SIGNED,
    subjectType: record.kind,
    subjectId: record.recordId,
    details: {
      sha256: document.sha256,
      certificateSerial: document.certificateSerial,
      signedAt: record.signedAt.toISOString(),
    },
  });
  return document;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The signed copy's bytes, exactly as stored at issue time, or null when the record has none. */
export async function storedSignedDocument(
  em: EntityManager,
  kind: SignedDocumentKind,
  recordId: string,
): Promise<Buffer | null> {
  const [row] = await runQuery(
    em,
    sql<{ bytes: Buffer }>`select bytes from signed_documents where kind = ${kind} and record_id = ${recordId}`,
  );
  return row?.bytes ?? null;
}

async function signerIdentity(em: EntityManager, userId: string): Promise<SignerIdentity & { agencyId: string }> {
  const [row] = await runQuery(
    em,
    db
      .selectFrom('users as u')
      .innerJoin('agencies as a', 'a.id', 'u.agency_id')
      .select(['u.id', 'u.username', 'u.full_name', 'u.title', 'a.id as agency_id', 'a.name as agency_name'])
      .where('u.id', '=', userId),
  );
  if (!row) throw new Error(`no signer ${userId}`);
  return {
    userId: row.id,
    username: row.username,
    fullName: row.full_name,
    title: row.title,
    agencyName: row.agency_name,
    agencyId: row.agency_id,
  };
}
