/** `npm run bench -- <name>`: runs one benchmark, prints its table, writes bench/results/<name>.json. */
import { reads } from './benches/reads';
import { coldStart } from './benches/cold-start';
import { idleMemory } from './benches/idle-memory';

const benches: Record<string, (args: string[]) => Promise<void>> = {
  reads,
  'cold-start': coldStart,
  'idle-memory': idleMemory,
};

async function main() {
  const [name, ...args] = process.argv.slice(2);
  const bench = name ? benches[name] : undefined;
  if (!bench) {
    console.error(`usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]`);
    process.exit(2);
  }
  await bench(args);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
