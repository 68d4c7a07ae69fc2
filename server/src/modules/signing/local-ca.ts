import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import forge from 'node-forge';
import {
  issueRootCertificate,
  issueSignerCertificate,
  normalizedCertificate,
  readCertificate,
  utf8Name,
} from './certificates';
import { bundle, decryptKey, ensureDir, keyPassphrase, newEncryptedKey, readBundle, writeOnce } from './key-store';
import type { SigningSettings } from './signing.settings';

/** Who a certificate is issued to: the signing official, as printed under the signature. */
export interface SignerIdentity {
  userId: string;
  username: string;
  fullName: string;
  title: string;
  agencyName: string;
}

/** A key and its certificate chain (signer first), the key in memory only. */
export interface Credential {
  keyPem: string;
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
}

interface CaFiles {
  certificate: forge.pki.Certificate;
  keyPem: string;
}

/** The CA's certificate with its encrypted key; `ca.cert.pem` beside it is the certificate alone, to hand to verifiers. */
const caFile = (dir: string) => path.join(dir, 'ca.pem');
const caCertFile = (dir: string) => path.join(dir, 'ca.cert.pem');

/** "Tổ chức ký số tỉnh Hòa Bình (demo)": created with its key on first need, reused after. */
export function loadOrCreateLocalCa(settings: SigningSettings): CaFiles {
  const passphrase = keyPassphrase(settings);
  ensureDir(settings.dir);
  if (!fs.existsSync(caFile(settings.dir))) {
    const { encryptedPem } = newEncryptedKey(passphrase);
    const keyPem = decryptKey(encryptedPem, passphrase);
    const subject = utf8Name({ commonName: `Tổ chức ký số tỉnh ${settings.provinceName} (demo)` });
    writeOnce(
      caFile(settings.dir),
      bundle(issueRootCertificate(subject, keyPem, publicPemOf(keyPem)).pem, encryptedPem),
    );
  }
  const { certificatePem, keyPem } = readBundle(caFile(settings.dir), passphrase);
  if (!fs.existsSync(caCertFile(settings.dir))) writeOnce(caCertFile(settings.dir), certificatePem);
  return { certificate: readCertificate(certificatePem), keyPem };
}

/** The CA certificate signatures must lead to: the operator's, or the local one. */
export function trustedCaCertificate(settings: SigningSettings): forge.pki.Certificate {
  if (settings.caCertFile) return readCertificate(fs.readFileSync(settings.caCertFile, 'utf8'));
  return loadOrCreateLocalCa(settings).certificate;
}

/** The official's key and certificate from the local CA: issued on first need, then read back. */
export function localCredential(settings: SigningSettings, signer: SignerIdentity): Credential {
  const ca = loadOrCreateLocalCa(settings);
  const passphrase = keyPassphrase(settings);
  const dir = path.join(settings.dir, 'officials');
  ensureDir(dir);
  const file = path.join(dir, `${signer.userId}.pem`);
  if (!fs.existsSync(file)) {
    const { encryptedPem } = newEncryptedKey(passphrase);
    const subject = utf8Name({ commonName: signer.fullName, organization: signer.agencyName, title: signer.title });
    const { pem } = issueSignerCertificate(subject, publicPemOf(decryptKey(encryptedPem, passphrase)), ca);
    writeOnce(file, bundle(pem, encryptedPem));
  }
  const { certificatePem, keyPem } = readBundle(file, passphrase);
  const certificate = readCertificate(certificatePem);
  return { keyPem, certificate, chain: [certificate, ca.certificate] };
}

/** The operator's PKCS#12 file for this official (`<username>.p12`), or null when there is none. */
export function configuredCredential(settings: SigningSettings, signer: SignerIdentity): Credential | null {
  if (!settings.p12Dir) return null;
  const file = path.join(settings.p12Dir, `${signer.username}.p12`);
  if (!fs.existsSync(file)) return null;
  const der = forge.util.createBuffer(fs.readFileSync(file).toString('binary'));
  const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(der), settings.p12Passphrase);
  const keyBag = p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0];
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .map((bag) => bag.cert)
    .filter((cert): cert is forge.pki.Certificate => Boolean(cert))
    .map(normalizedCertificate);
  if (!keyBag?.key || certs.length === 0) throw new Error(`${file}: no private key or certificate in it`);
  const key = keyBag.key as forge.pki.rsa.PrivateKey;
  // the bag order is not the chain's: the signer's certificate is the one matching the key
  const own = certs.find((c) => (c.publicKey as forge.pki.rsa.PublicKey).n.compareTo(key.n) === 0) ?? certs[0];
  return { keyPem: forge.pki.privateKeyToPem(key), certificate: own, chain: [own, ...certs.filter((c) => c !== own)] };
}

function publicPemOf(privatePem: string): string {
  return createPublicKey(privatePem).export({ type: 'spki', format: 'pem' }).toString();
}
