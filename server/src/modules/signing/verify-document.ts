import { createHash, verify as verifySignature } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import forge from 'node-forge';
import { runQuery } from '../../shared/typed-sql';
import { commonName, normalizedCertificate } from './certificates';
import { trustedCaCertificate } from './local-ca';
import type { SignedDocumentKind } from './signed-document.entity';
import { sha256 } from './signed-documents';
import { signingSettings } from './signing.settings';

/** Why a file is, or is not, a genuine document of ours. */
export enum VerificationCode {
  GENUINE = 'GENUINE',
  NOT_PDF = 'NOT_PDF',
  NOT_SIGNED = 'NOT_SIGNED',
  /** The bytes the signature covers were changed, or the signature itself is broken. */
  SIGNATURE_INVALID = 'SIGNATURE_INVALID',
  /** Something was added after the signed part (an incremental update). */
  MODIFIED_AFTER_SIGNING = 'MODIFIED_AFTER_SIGNING',
  /** Signed, but not with a certificate our signing authority issued. */
  UNTRUSTED_SIGNER = 'UNTRUSTED_SIGNER',
  /** A valid signature from our authority, but not a file this system issued. */
  UNKNOWN_DOCUMENT = 'UNKNOWN_DOCUMENT',
}

export interface Verification {
  genuine: boolean;
  code: VerificationCode;
  /** From the register when genuine. */
  kind: SignedDocumentKind | null;
  recordId: string | null;
  number: string | null;
  title: string | null;
  /** From the signature when there is one. */
  signerName: string | null;
  signedAt: Date | null;
}

const verdict = (code: VerificationCode, seen: Partial<Verification> = {}): Verification => ({
  genuine: code === VerificationCode.GENUINE,
  code,
  kind: null,
  recordId: null,
  number: null,
  title: null,
  signerName: null,
  signedAt: null,
  ...seen,
});

/**
 * Is this file a genuine document of ours? Its CMS signature must verify over its byte range
 * (which must reach the end of the file), its signer's chain must lead to our CA (or the
 * configured one), and its SHA-256 must be that of a signed copy stored at issue time.
 */
export async function verifyDocument(em: EntityManager, pdf: Buffer): Promise<Verification> {
  if (!pdf.subarray(0, 5).equals(Buffer.from('%PDF-'))) return verdict(VerificationCode.NOT_PDF);
  const signature = lastSignature(pdf);
  if (!signature) return verdict(VerificationCode.NOT_SIGNED);
  const cms = readCms(signature.contents);
  if (!cms) return verdict(VerificationCode.SIGNATURE_INVALID);
  const seen = { signerName: commonName(cms.signer), signedAt: cms.signingTime };
  const [start, length, resume, rest] = signature.byteRange;
  if (start !== 0 || resume + rest !== pdf.length) return verdict(VerificationCode.MODIFIED_AFTER_SIGNING, seen);
  const signed = Buffer.concat([pdf.subarray(0, length), pdf.subarray(resume, resume + rest)]);
  if (!cms.verifies(signed)) return verdict(VerificationCode.SIGNATURE_INVALID, seen);
  if (!leadsToTrustedCa(cms.signer, cms.certificates, cms.signingTime)) {
    return verdict(VerificationCode.UNTRUSTED_SIGNER, seen);
  }
  const [stored] = await runQuery(
    em,
    sql<{ kind: SignedDocumentKind; record_id: string; number: string | null; title: string | null }>`
      select sd.kind, sd.record_id, coalesce(d.number || '/QĐ-' || d.issuer_code, m.conclusion_code) as number,
             coalesce(d.title, m.title) as title
        from signed_documents sd
        left join decisions d on sd.kind = 'DECISION' and d.id = sd.record_id
        left join meetings m on sd.kind = 'CONCLUSION' and m.id = sd.record_id
       where sd.sha256 = ${sha256(pdf)}
       limit 1`,
  );
  if (!stored) return verdict(VerificationCode.UNKNOWN_DOCUMENT, seen);
  return verdict(VerificationCode.GENUINE, {
    ...seen,
    kind: stored.kind,
    recordId: stored.record_id,
    number: stored.number,
    title: stored.title,
  });
}

/** The last signature dictionary's /ByteRange and /Contents (the hex of the CMS). */
function lastSignature(pdf: Buffer): { byteRange: number[]; contents: string } | null {
  const at = pdf.lastIndexOf('/ByteRange');
  if (at < 0) return null;
  const match = /^\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/.exec(pdf.toString('latin1', at, at + 100));
  if (!match) return null;
  const byteRange = match.slice(1, 5).map(Number);
  const [, length, resume] = byteRange;
  if (resume <= length || resume > pdf.length) return null;
  const contents = pdf.toString('latin1', length, resume).trim();
  if (!/^<[0-9a-fA-F]*>$/.test(contents)) return null;
  return { byteRange, contents: contents.slice(1, -1) };
}

interface Cms {
  signer: forge.pki.Certificate;
  certificates: forge.pki.Certificate[];
  signingTime: Date | null;
  verifies(signed: Buffer): boolean;
}

/** The CMS SignedData in the placeholder (zero-padded to its reserved length), or null when unreadable. */
function readCms(hex: string): Cms | null {
  try {
    const der = forge.util.hexToBytes(hex.length % 2 ? `${hex}0` : hex);
    const p7 = forge.pkcs7.messageFromAsn1(derWithPadding(der)) as forge.pkcs7.PkcsSignedData & {
      rawCapture: { serial: string; authenticatedAttributes?: forge.asn1.Asn1[]; signature: string };
    };
    const { serial, authenticatedAttributes: attributes = [], signature } = p7.rawCapture;
    const certificates = p7.certificates.map(normalizedCertificate);
    const serialHex = forge.util.bytesToHex(serial);
    const signer = certificates.find((c) => c.serialNumber === serialHex);
    if (!signer) return null;
    const attribute = (oid: string) =>
      attributes.find((a) => forge.asn1.derToOid((a.value as forge.asn1.Asn1[])[0].value as string) === oid);
    const valueOf = (a: forge.asn1.Asn1 | undefined) =>
      a ? ((a.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0] : undefined;
    const time = valueOf(attribute(forge.pki.oids.signingTime));
    const digest = valueOf(attribute(forge.pki.oids.messageDigest));
    const signedAttributes = forge.asn1.toDer(
      forge.asn1.create(forge.asn1.Class.UNIVERSAL, forge.asn1.Type.SET, true, attributes),
    );
    return {
      signer,
      certificates,
      signingTime: time ? forge.asn1.utcTimeToDate(time.value as string) : null,
      verifies(signed) {
        if (!digest) return false;
        const actual = createHash('sha256').update(signed).digest().toString('latin1');
        if (actual !== digest.value) return false;
        return verifySignature(
          'sha256',
          Buffer.from(signedAttributes.getBytes(), 'latin1'),
          forge.pki.publicKeyToPem(signer.publicKey),
          Buffer.from(signature, 'latin1'),
        );
      },
    };
  } catch {
    return null;
  }
}

/** forge reads the DER and ignores the placeholder's zero padding after it (an option its typings lack). */
const derWithPadding = (bytes: string) =>
  (forge.asn1.fromDer as unknown as (bytes: string, options: { parseAllBytes: boolean }) => forge.asn1.Asn1)(bytes, {
    parseAllBytes: false,
  });

/** The signer's certificate chain (from the certificates in the signature) ends at our CA. */
function leadsToTrustedCa(signer: forge.pki.Certificate, others: forge.pki.Certificate[], at: Date | null): boolean {
  const ca = trustedCaCertificate(signingSettings());
  try {
    const chain = [signer, ...others.filter((c) => c !== signer && !c.isIssuer(c))];
    return forge.pki.verifyCertificateChain(forge.pki.createCaStore([ca]), chain, {
      validityCheckDate: at ?? new Date(),
    });
  } catch {
    return false;
  }
}
