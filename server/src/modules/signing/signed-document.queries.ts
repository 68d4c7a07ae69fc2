import { sql, type RawBuilder } from 'kysely';
import type { SignedDocumentKind } from './signed-document.entity';
import type { SignedDocumentView } from './signing.views';

/** The row's JSON as PostgreSQL builds it (the time as text). */
export interface SignedDocumentJson extends Omit<SignedDocumentView, 'signedAt'> {
  signedAt: string;
}

/**
 * A page read's side column: the record's signed copy (without its bytes), or null. `recordId` is
 * the record's id column, e.g. sql.ref('d.id').
 */
export function signedDocumentJson(
  kind: SignedDocumentKind,
  recordId: RawBuilder<unknown> | ReturnType<typeof sql.ref>,
) {
  return sql<SignedDocumentJson | null>`(select json_build_object('sha256', sd.sha256, 'signerName', sd.signer_name,
    'signedAt', sd.signed_at, 'certificateSubject', sd.certificate_subject, 'certificateSerial', sd.certificate_serial)
    from signed_documents sd where sd.kind = ${kind} and sd.record_id = ${recordId})`;
}

export const signedDocumentView = (json: SignedDocumentJson | null): SignedDocumentView | null =>
  json && { ...json, signedAt: new Date(json.signedAt) };
