import { constants, createPrivateKey, privateEncrypt } from 'node:crypto';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ADOBE_PKCS7_DETACHED } from '@signpdf/utils';
import forge from 'node-forge';
import { asciiText } from './ascii-text';
import { configuredCredential, localCredential, type Credential, type SignerIdentity } from './local-ca';
import { signingSettings } from './signing.settings';

/**
 * A CMS (PKCS#7) detached signature over the PDF's byte range, with the signing time in its signed
 * attributes: the record's own time (the injected clock), not the moment the bytes were produced.
 */
class CredentialSigner extends Signer {
  constructor(private readonly credential: Credential) {
    super();
  }

  override async sign(signedBytes: Buffer, signingTime?: Date): Promise<Buffer> {
    const p7 = forge.pkcs7.createSignedData();
    p7.content = forge.util.createBuffer(signedBytes.toString('binary'));
    for (const cert of this.credential.chain) p7.addCertificate(cert);
    p7.addSigner({
      key: nativeRsaKey(this.credential.keyPem),
      certificate: this.credential.certificate,
      digestAlgorithm: forge.pki.oids.sha256,
      authenticatedAttributes: [
        { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
        { type: forge.pki.oids.signingTime, value: (signingTime ?? new Date()) as unknown as string },
        { type: forge.pki.oids.messageDigest },
      ],
    });
    p7.sign({ detached: true });
    return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
  }
}

/** DER prefix of a SHA-256 DigestInfo (RFC 8017, 9.2 note 1). */
const SHA256_DIGEST_INFO = Buffer.from('3031300d060960864801650304020105000420', 'hex');

/**
 * The key as forge's signer calls it (`key.sign(md)`), with node's native RSA: RSASSA-PKCS1-v1_5
 * is the DigestInfo encrypted with the private key. forge's pure-JS RSA is several times slower.
 */
function nativeRsaKey(keyPem: string): forge.pki.rsa.PrivateKey {
  const key = createPrivateKey(keyPem);
  const sign = (md: forge.md.MessageDigest) =>
    privateEncrypt(
      { key, padding: constants.RSA_PKCS1_PADDING },
      Buffer.concat([SHA256_DIGEST_INFO, Buffer.from(md.digest().getBytes(), 'binary')]),
    ).toString('binary');
  return { sign } as unknown as forge.pki.rsa.PrivateKey;
}

/**
 * One credential per official per process: key generation (first issue) and decryption are the
 * slow parts of signing, done once.
 */
const credentials = new Map<string, Credential>();

export function credentialFor(signer: SignerIdentity): Credential {
  const settings = signingSettings();
  const cacheKey = `${settings.dir}\u0000${settings.p12Dir ?? ''}\u0000${signer.userId}`;
  let credential = credentials.get(cacheKey);
  if (!credential) {
    credential = configuredCredential(settings, signer) ?? localCredential(settings, signer);
    credentials.set(cacheKey, credential);
  }
  return credential;
}

/** Signs a PDF as `signer` at `signingTime` (adbe.pkcs7.detached, the PDF's own signature dictionary). */
export async function signPdf(pdf: Buffer, signer: SignerIdentity, signingTime: Date): Promise<Buffer> {
  const settings = signingSettings();
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: pdf,
    // the placeholder writes these strings byte for byte: ASCII only (the certificate names the signer in full)
    reason: pdfString('Ký ban hành văn bản'),
    contactInfo: pdfString(signer.agencyName),
    name: pdfString(signer.fullName),
    location: pdfString(settings.provinceName),
    signingTime,
    subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
    appName: 'LienThong', // written as a PDF name: no spaces
  });
  return new SignPdf().sign(withPlaceholder, new CredentialSigner(credentialFor(signer)), signingTime);
}

/** A PDF literal string's content without escapes: ASCII, no parentheses or backslashes. */
const pdfString = (text: string) => asciiText(text).replace(/[()\\]/g, '');
