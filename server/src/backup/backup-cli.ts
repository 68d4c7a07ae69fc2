import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, type Config } from '../config';
import { openDatabase } from '../db/database';
import { createBackup, restoreBackup, type DataFiles } from './backup';
import { BackupRefused } from './manifest';

const PROJECT_ROOT = path.resolve(__dirname, '..', '..', '..');

/**
 * `npm run backup [-- <directory>]`: a new backup directory (BACKUP_DIR, default DATA_DIR/backups).
 * `npm run restore -- <backup directory> [--allow-other-database]`: stop the server first.
 * Exit 0 done; 1 the backup is refused (damaged, incomplete, another database); 2 any other failure.
 */
async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  const config = loadConfig();
  const files: DataFiles = {
    attachmentsDir: config.attachmentsDir,
    headLog: config.auditHead.logFile,
    signingDir: config.signing.dir,
  };
  if (command === 'backup') return backup(config, files, rest[0]);
  if (command === 'restore') return restore(config, files, rest);
  console.error('usage: backup-cli backup [directory] | restore <backup directory> [--allow-other-database]');
  return 2;
}

async function backup(config: Config, files: DataFiles, out: string | undefined): Promise<number> {
  const database = await openDatabase(config);
  try {
    const { dir, manifest } = await createBackup({
      databaseUrl: database.url,
      files,
      outDir: path.resolve(out || process.env.BACKUP_DIR || path.join(config.dataDir, 'backups')),
      appVersion: appVersion(),
    });
    const bytes = manifest.files.reduce((sum, file) => sum + file.size, 0);
    console.log(`backup of "${manifest.database}" written to ${dir}: ${manifest.files.length} files, ${bytes} bytes`);
    console.log('the audit head key is not in it: keep it apart (README, "Backups")');
    console.log(
      'the signing keys are in it (signing/, with their passphrase unless SIGNING_KEY_PASSPHRASE is set): keep it as private as they are',
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function restore(config: Config, files: DataFiles, rest: string[]): Promise<number> {
  const backupDir = rest.find((arg) => !arg.startsWith('--'));
  if (!backupDir) {
    console.error('usage: npm run restore -- <backup directory> [--allow-other-database]');
    return 2;
  }
  const database = await openDatabase(config);
  try {
    const report = await restoreBackup({
      backupDir: path.resolve(backupDir),
      databaseUrl: database.url,
      files,
      allowOtherDatabase: rest.includes('--allow-other-database'),
    });
    console.log(`restored "${report.manifest.database}" as of ${report.manifest.createdAt}`);
    for (const aside of report.movedAside) console.log(`the files it replaced are kept in ${aside}`);
    console.log('now run `npm run audit:verify` with the audit head key');
    return 0;
  } finally {
    await database.close();
  }
}

function appVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof BackupRefused) {
      console.error(`backup REFUSED: ${error.message}`);
      process.exit(1);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
