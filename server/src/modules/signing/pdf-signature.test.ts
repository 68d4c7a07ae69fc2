import fs from 'node:fs';
import path from 'node:path';
import { signPdf } from './pdf-signature';
import { configureSigning } from './signing.settings';
import { LE_HUYEN, pdfsig, plainPdf, tamper, tempSigningSettings } from './signing-test-kit';

const settings = tempSigningSettings();
beforeAll(() => configureSigning(settings));
afterAll(() => fs.rmSync(settings.dir, { recursive: true, force: true }));

const ISSUED_AT = new Date('2023-04-12T03:30:00Z');

describe('signPdf', () => {
  it('gives a signature pdfsig reports valid, with the signer and the record’s time', async () => {
    const report = pdfsig(await signPdf(await plainPdf(), LE_HUYEN, ISSUED_AT));
    expect(report).not.toContain('Syntax Error');
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Signer Certificate Common Name: Lê Huyền');
    expect(report).toMatch(/Signing Time:\s+Apr 12 2023/);
  });

  it('is reported invalid once one byte in the signed range changes', async () => {
    const signed = await signPdf(await plainPdf(), LE_HUYEN, ISSUED_AT);
    expect(pdfsig(signed)).toContain('Signature is Valid');
    const report = pdfsig(tamper(signed));
    expect(report).not.toContain('Signature is Valid');
    expect(report).toMatch(/Signature Validation: (Digest Mismatch|Signature is Invalid)/);
  });

  it('keeps every key on disk encrypted, and the generated passphrase private', async () => {
    await signPdf(await plainPdf(), LE_HUYEN, ISSUED_AT);
    const files = fs.readdirSync(settings.dir, { recursive: true, encoding: 'utf8' });
    const keys = files
      .filter((f) => f.endsWith('.pem'))
      .map((f) => fs.readFileSync(path.join(settings.dir, f), 'utf8'))
      .filter((pem) => pem.includes('PRIVATE KEY'));
    expect(keys).toHaveLength(2); // the CA's and the official's, each beside its certificate
    for (const key of keys) expect(key).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    for (const f of files.filter((name) => fs.statSync(path.join(settings.dir, name)).isFile())) {
      expect(fs.readFileSync(path.join(settings.dir, f), 'latin1')).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    }
    expect(fs.statSync(path.join(settings.dir, 'passphrase')).mode & 0o777).toBe(0o600);
  });
});
