/**
 * `npm run bench -- <name> [options]`: runs bench/src/benches/<name>.ts (its exported `run`),
 * which prints a table and writes bench/results/<name>.json. Looking the file up by name keeps
 * benchmarks independent: adding one touches no shared list. Load generators that run in their
 * own process live in bench/src/clients/, not here.
 */
import fs from 'node:fs';
import path from 'node:path';

type Bench = { run: (args: string[]) => Promise<void> };

const BENCH_DIR = path.join(__dirname, 'benches');

function available(): string[] {
  return fs
    .readdirSync(BENCH_DIR)
    .filter((file) => file.endsWith('.js'))
    .map((file) => file.slice(0, -3))
    .sort();
}

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const names = available();
  if (!name || !names.includes(name)) {
    console.error(`usage: npm run bench -- <${names.join('|')}> [options]`);
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bench module is chosen by name at run time
  await (require(path.join(BENCH_DIR, name)) as Bench).run(args);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
