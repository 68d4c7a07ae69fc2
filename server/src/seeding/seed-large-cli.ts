import 'reflect-metadata';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { seedLargeDatabase, type LargeSeedOptions } from './large-seeder';

const USAGE = `usage: npm run seed:large -- [--requests N] [--proposals N] [--tasks N] [--seed S] [--batch N] [--today YYYY-MM-DD] [--force]
  Replaces the database's data with the demo agencies and users plus N generated requests
  (defaults: 10000 requests, proposals = requests/20, tasks = requests/10, seed 1, batch 5000,
  today = the current UTC date). The same --seed and --today give the same rows.`;

export function parseLargeArgs(
  argv: string[],
  today = new Date().toISOString().slice(0, 10),
): Omit<LargeSeedOptions, 'progress'> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') continue;
    if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    const [name, inline] = arg.split('=', 2);
    if (!['--requests', '--proposals', '--tasks', '--seed', '--batch', '--today'].includes(name))
      throw new Error(`unknown option ${arg}\n${USAGE}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${name} needs a value\n${USAGE}`);
    values.set(name.slice(2), value);
  }
  const count = (name: string, fallback: number) => {
    const raw = values.get(name);
    if (raw === undefined) return fallback;
    const n = Number(raw.replace(/_/g, ''));
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a non-negative integer, got "${raw}"`);
    return n;
  };
  const requests = count('requests', 10_000);
  const day = values.get('today') ?? today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`--today must be YYYY-MM-DD, got "${day}"`);
  return {
    requests,
    proposals: count('proposals', Math.floor(requests / 20)),
    tasks: count('tasks', Math.floor(requests / 10)),
    seed: count('seed', 1),
    batch: Math.max(1, count('batch', 5000)),
    today: day,
  };
}

/** A one-line progress bar on stderr: rows/s and ETA for the current phase. */
function progressBar(): { update: LargeSeedOptions['progress']; done(): void } {
  const tty = process.stderr.isTTY;
  const started = Date.now();
  let phaseStarted = started;
  let phase = '';
  let shown = 0;
  return {
    update(name, done, total, rows) {
      const now = Date.now();
      if (name !== phase) {
        phase = name;
        phaseStarted = now;
      }
      if (done < total && now - shown < (tty ? 200 : 3000)) return;
      shown = now;
      const fraction = total ? done / total : 1;
      const width = 30;
      const filled = Math.round(fraction * width);
      const rate = rows / Math.max(0.001, (now - started) / 1000);
      const phaseSeconds = (now - phaseStarted) / 1000;
      const eta = fraction > 0 ? (phaseSeconds / fraction) * (1 - fraction) : 0;
      const line = `${name.padEnd(9)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done.toLocaleString('en')}/${total.toLocaleString('en')}  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${eta.toFixed(0)}s`;
      process.stderr.write(tty ? `\r${line}\x1b[K` : `${line}\n`);
    },
    done() {
      if (tty) process.stderr.write('\n');
    },
  };
}

/** `npm run seed:large -- --requests N`: migrates, loads the demo world, then the generated data (refuses in production). */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const options = parseLargeArgs(argv);
  const config = loadConfig();
  if (config.production && !argv.includes('--force')) {
    throw new Error('refusing to replace data in production (pass --force if you really mean it)');
  }
  const database = await openDatabase(config);
  const bar = progressBar();
  try {
    const counts = await seedLargeDatabase(database.url, {
      ...options,
      password: config.demoPassword,
      settings: config,
      progress: bar.update,
    });
    bar.done();
    console.log(
      `large data loaded (seed ${options.seed}, today ${options.today}): ${counts.requests} requests, ${counts.participants} participants, ${counts.events} events, ` +
        `${counts.proposals} proposals, ${counts.proposalItems} proposal items, ${counts.tasks} tasks, ${counts.taskCompletions} task completions; ` +
        `${counts.rows} rows in ${counts.seconds.toFixed(1)} s (${Math.round(counts.rows / counts.seconds)} rows/s)`,
    );
  } finally {
    await database.close();
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
