import { signPdf } from './pdf-signature';
import { configureSigning } from './signing.settings';
import { LE_HUYEN, plainPdf, tempSigningSettings } from './signing-test-kit';

/**
 * The median time of `runs` in-process signPdf calls on a ~50 KB PDF, after a first call that
 * issues the local CA and the official's key (once per process in real use). For `bench/`:
 * `node server/dist/modules/signing/sign-benchmark.js`.
 */
export async function medianSigningMs(runs = 50): Promise<{ pdfBytes: number; medianMs: number }> {
  configureSigning(tempSigningSettings());
  const pdf = await plainPdf(50);
  const at = new Date('2023-04-20T01:00:00Z');
  await signPdf(pdf, LE_HUYEN, at);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await signPdf(pdf, LE_HUYEN, at);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { pdfBytes: pdf.length, medianMs: times[Math.floor(runs / 2)] };
}

if (require.main === module) {
  void medianSigningMs().then(({ pdfBytes, medianMs }) =>
    console.log(`signPdf on a ${pdfBytes}-byte PDF: median ${medianMs.toFixed(1)} ms of 50`),
  );
}
