import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { dbUrl, dropDatabase, recreateDatabase } from '../lib/db';
import { option } from '../lib/env';
import { table, writeResults } from '../lib/results';

const DB = 'lt_bench_documents';
const TIMING_CLI = path.resolve(__dirname, '..', '..', '..', 'server', 'dist', 'performance', 'document-timing-cli.js');
/** Issue 14: generating and signing a decision PDF takes under 200 ms on this machine. */
const TARGET_MS = 200;

interface Timing {
  runs: number;
  pdfBytes: number;
  issueMs: number;
  renderMs: number;
  signMs: number;
  floorMs: number;
}

/**
 * The issue-time cost of an official document: the demo decision laid out in the Decree 30 layout
 * (its two statements through the ORM, pdfkit with the embedded font) and signed (PAdES/CMS), as
 * `issueDecision` does inside its transaction — against the floor of one bare RSA-2048 signature
 * over the same bytes, measured in the same process and run.
 */
export async function run(args: string[]) {
  const runs = option(args, 'runs', 50);
  recreateDatabase(DB);
  try {
    const output = execFileSync(process.execPath, [TIMING_CLI, String(runs)], {
      env: { ...process.env, DATABASE_URL: dbUrl(DB), LOG_LEVEL: 'warn' },
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const timing = JSON.parse(output.trim().split('\n').pop()!) as Timing;
    const rows = [
      { step: 'floor: crypto.sign RSA-2048 over the PDF', 'median ms': timing.floorMs, 'x floor': 1 },
      {
        step: 'lay out the decision (2 statements + pdfkit)',
        'median ms': timing.renderMs,
        'x floor': timing.renderMs / timing.floorMs,
      },
      { step: 'sign it (placeholder + CMS)', 'median ms': timing.signMs, 'x floor': timing.signMs / timing.floorMs },
      {
        step: 'generate and sign (issue time)',
        'median ms': timing.issueMs,
        'x floor': timing.issueMs / timing.floorMs,
      },
    ];
    console.log(table(rows));
    console.log(
      `\n${timing.runs} runs, ${timing.pdfBytes}-byte PDF; target under ${TARGET_MS} ms: ${timing.issueMs < TARGET_MS ? 'met' : 'NOT met'}`,
    );
    console.log(`results: ${writeResults('documents', { settings: { runs }, timing, targetMs: TARGET_MS, rows })}`);
  } finally {
    dropDatabase(DB);
  }
}
