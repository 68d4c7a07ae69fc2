import { randomBytes } from 'node:crypto';
import forge from 'node-forge';

/** The demo history starts in 2023: every certificate we issue is valid from 2020 to 2045. */
const NOT_BEFORE = new Date(Date.UTC(2020, 0, 1));
const NOT_AFTER = new Date(Date.UTC(2045, 0, 1));

type Attribute = forge.pki.CertificateField;
/** The typings name the tag's class where forge reads the tag's type (asn1.Type). */
const tag = (type: forge.asn1.Type) => type as unknown as forge.asn1.Class;

/** Subject attributes as UTF8String, so that Vietnamese names keep their diacritics. */
export function utf8Name(parts: { commonName: string; organization?: string; title?: string }): Attribute[] {
  const utf8 = tag(forge.asn1.Type.UTF8);
  return [
    { shortName: 'C', value: 'VN', valueTagClass: tag(forge.asn1.Type.PRINTABLESTRING) },
    ...(parts.organization ? [{ shortName: 'O', value: parts.organization, valueTagClass: utf8 }] : []),
    ...(parts.title ? [{ type: '2.5.4.12', value: parts.title, valueTagClass: utf8 }] : []),
    { shortName: 'CN', value: parts.commonName, valueTagClass: utf8 },
  ];
}

/** A positive 128-bit serial number (hex): unique without a counter. */
const newSerial = () => `7${randomBytes(15).toString('hex')}`;

export interface Issued {
  certificate: forge.pki.Certificate;
  pem: string;
}

/**
 * A certificate for `publicPem`, named `subject`, issued by `issuer`, with our validity and a fresh
 * serial, signed by the issuer's key: what the CA's own certificate and an official's share.
 */
function issue(
  subject: Attribute[],
  publicPem: string,
  issuer: { attributes: Attribute[]; keyPem: string },
  extensions: object[],
): Issued {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicPem);
  cert.serialNumber = newSerial();
  cert.validity.notBefore = NOT_BEFORE;
  cert.validity.notAfter = NOT_AFTER;
  cert.setSubject(subject);
  cert.setIssuer(issuer.attributes);
  cert.setExtensions(extensions);
  cert.sign(forge.pki.privateKeyFromPem(issuer.keyPem), forge.md.sha256.create());
  return { certificate: cert, pem: forge.pki.certificateToPem(cert) };
}

/** The root CA's self-signed certificate. */
export function issueRootCertificate(subject: Attribute[], keyPem: string, publicPem: string): Issued {
  return issue(subject, publicPem, { attributes: subject, keyPem }, [
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
}

/** An official's signing certificate, issued by the CA. */
export function issueSignerCertificate(
  subject: Attribute[],
  publicPem: string,
  ca: { certificate: forge.pki.Certificate; keyPem: string },
): Issued {
  return issue(subject, publicPem, { attributes: ca.certificate.subject.attributes, keyPem: ca.keyPem }, [
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: ca.certificate.generateSubjectKeyIdentifier().getBytes() },
  ]);
}

/** SHA-256 of the certificate's DER, hex: names it in the register and the audit log. */
export function certificateFingerprint(cert: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  return forge.md.sha256.create().update(der).digest().toHex();
}

/** "CN=Lê Huyền, O=UBND tỉnh Hòa Bình, …", as shown to people. */
export function subjectText(cert: forge.pki.Certificate): string {
  return cert.subject.attributes
    .slice()
    .reverse()
    .map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`)
    .join(', ');
}

/** The certificate's common name, decoded. */
export function commonName(cert: forge.pki.Certificate): string {
  const cn = cert.subject.getField('CN') as { value: string } | null;
  return cn ? cn.value : '';
}

/**
 * Parses a certificate with its names' UTF8String values decoded: forge reads them back as UTF-8
 * bytes but encodes on write, so a parsed name written again (the issuer of a certificate we
 * issue, the issuer in a signature's signer info) would be encoded twice.
 */
export function normalizedCertificate(cert: forge.pki.Certificate): forge.pki.Certificate {
  for (const attribute of [...cert.subject.attributes, ...cert.issuer.attributes]) {
    if (attribute.valueTagClass === tag(forge.asn1.Type.UTF8)) {
      attribute.value = forge.util.decodeUtf8(String(attribute.value));
    }
  }
  return cert;
}

export const readCertificate = (pem: string) => normalizedCertificate(forge.pki.certificateFromPem(pem));
