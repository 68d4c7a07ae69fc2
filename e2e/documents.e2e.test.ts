import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withScreenshotOnFailure } from './browser';
import { openFromMenu, startJourney, type Journey } from './journey';

/** poppler's verdict on a signed PDF (pdfsig exits non-zero on an invalid signature, the report says why). */
function pdfsig(file: string): string {
  try {
    return execFileSync('pdfsig', [file], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? '');
  }
}

describe('journey: a decision downloaded as the signed PDF, then checked on "Kiểm tra văn bản"', () => {
  let journey: Journey;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'lt-e2e-documents-'));

  beforeAll(async () => {
    journey = await startJourney({ demoRequests: true }); // the article's world: its 2023 decision, signed when issued
  });
  afterAll(async () => {
    await journey?.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('an official downloads the decision, a standard verifier and the app find it genuine, a changed copy is refused', async () => {
    const page = await journey.signIn('stc.staff');
    const signed = path.join(folder, 'decision.pdf');
    await withScreenshotOnFailure(page, 'documents-download', async () => {
      await openFromMenu(page, 'Quyết định');
      await page.getByRole('link', { name: '1/QĐ-UBND' }).click();
      await page.getByRole('region', { name: 'Bản điện tử đã ký số' }).getByText('Ký số bởi Lê Huyền').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Tải PDF' }).click();
      await (await download).saveAs(signed);
    });
    const report = pdfsig(signed);
    expect(report).toContain('Signature is Valid');
    expect(report).toContain('Signing Time: Apr 20 2023');

    await withScreenshotOnFailure(page, 'documents-verify', async () => {
      await page.getByRole('link', { name: 'Kiểm tra văn bản' }).click();
      await page.getByLabel('Tệp PDF').setInputFiles(signed);
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await page.getByText(/^Văn bản hợp lệ — Quyết định số 1\/QĐ-UBND, ký bởi Lê Huyền/).waitFor();

      // one byte changed inside the signed range (the header comment): no longer the issued document
      const bytes = fs.readFileSync(signed);
      bytes[10] = bytes[10] === 0x41 ? 0x42 : 0x41;
      const changed = path.join(folder, 'changed.pdf');
      fs.writeFileSync(changed, bytes);
      expect(pdfsig(changed)).not.toContain('Signature is Valid');
      await page.getByLabel('Tệp PDF').setInputFiles(changed);
      await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
      await page.getByText('Văn bản không hợp lệ').waitFor();
    });
  });
});
