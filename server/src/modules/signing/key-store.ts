import { createPrivateKey, generateKeyPairSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SigningSettings } from './signing.settings';

/** Private files: keys, certificates and the passphrase are readable by the server's user only. */
const PRIVATE = 0o600;

export function ensureDir(dir: string): void {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/** SIGNING_KEY_PASSPHRASE, or one generated on first need and kept beside the keys (never in the repository). */
export function keyPassphrase(settings: SigningSettings): string {
  if (settings.keyPassphrase) return settings.keyPassphrase;
  ensureDir(settings.dir);
  const file = path.join(settings.dir, 'passphrase');
  if (!fs.existsSync(file)) writeOnce(file, randomBytes(32).toString('base64url'));
  return fs.readFileSync(file, 'utf8').trim();
}

/**
 * Writes a file that must not exist yet, whole or not at all: written aside, then linked into
 * place (atomic, and refused when the name exists). Of two processes issuing the same key at
 * once, the second keeps the first one's file; the caller reads back what is on disk.
 */
export function writeOnce(file: string, content: string): void {
  const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(aside, content, { mode: PRIVATE, flag: 'wx' });
  try {
    fs.linkSync(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.unlinkSync(aside);
  }
}

/** A certificate and its encrypted key, kept in one file so that they can never mismatch. */
export const bundle = (certificatePem: string, encryptedKeyPem: string) => `${certificatePem}${encryptedKeyPem}`;

const ENCRYPTED_KEY = /-----BEGIN ENCRYPTED PRIVATE KEY-----[\s\S]+?-----END ENCRYPTED PRIVATE KEY-----\s*/;

/** The bundle's certificate PEM and (decrypted, in memory only) key PEM. */
export function readBundle(file: string, passphrase: string): { certificatePem: string; keyPem: string } {
  const text = fs.readFileSync(file, 'utf8');
  const key = ENCRYPTED_KEY.exec(text);
  if (!key) throw new Error(`${file}: no encrypted private key in it`);
  return { certificatePem: text.replace(ENCRYPTED_KEY, ''), keyPem: decryptKey(key[0], passphrase) };
}

/** A fresh RSA 2048 key: the PEM stored (PKCS#8, AES-256 encrypted) and the plain one kept in memory. */
export function newEncryptedKey(passphrase: string): { encryptedPem: string } {
  // node's native generator: forge's pure-JS one takes seconds per key
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase },
  });
  return { encryptedPem: privateKey };
}

/** The plain PKCS#8 PEM of an encrypted one, for forge (in memory only). */
export function decryptKey(encryptedPem: string, passphrase: string): string {
  return createPrivateKey({ key: encryptedPem, format: 'pem', passphrase })
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();
}
