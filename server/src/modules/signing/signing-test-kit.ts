import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import type { SignerIdentity } from './local-ca';
import type { SigningSettings } from './signing.settings';

/** Signing settings on a fresh temporary folder (never the project's data folder). */
export function tempSigningSettings(overrides: Partial<SigningSettings> = {}): SigningSettings {
  return {
    dir: fs.mkdtempSync(path.join(os.tmpdir(), 'lt-signing-')),
    keyPassphrase: null,
    caCertFile: null,
    p12Dir: null,
    p12Passphrase: '',
    provinceName: 'Hòa Bình',
    ...overrides,
  };
}

export const LE_HUYEN: SignerIdentity = {
  userId: '00000000-0000-4000-8000-00000000a001',
  username: 'lehuyen',
  fullName: 'Lê Huyền',
  title: 'Phó Chủ tịch',
  agencyName: 'Ủy ban nhân dân tỉnh Hòa Bình',
};

/** A plain PDF of about `kilobytes` KB (uncompressed text lines). */
export function plainPdf(kilobytes = 2): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', compress: false });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const lines = Math.max(1, Math.round((kilobytes * 1024) / 215)); // about 215 bytes a line, with its layout
    for (let i = 0; i < lines; i++)
      doc.fontSize(9).text(`Dieu ${i + 1}. Noi dung quyet dinh so ${i} cua Uy ban nhan dan tinh.`);
    doc.end();
  });
}

/** poppler's pdfsig report of a PDF (exit code ignored: it is non-zero for an invalid signature). */
export function pdfsig(pdf: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lt-pdfsig-')), 'document.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('/usr/bin/pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

/** Flips one byte inside the first signed range (the PDF's header comment is safe to change). */
export function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('Dieu') >= 0 ? copy.indexOf('Dieu') : 20;
  copy[at] = copy[at] ^ 0x01;
  return copy;
}
