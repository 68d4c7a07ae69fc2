import fs from 'node:fs';
import path from 'node:path';
import {
  ATTACHMENTS,
  BackupRefused,
  checkBackup,
  describeFile,
  DUMP,
  HEAD_LOG,
  listFiles,
  MANIFEST,
  SIGNING,
  SIGNING_FILE,
  type Manifest,
} from './manifest';
import { databaseName, libpqEnv, majorVersions, pgProgram, runProgram } from './pg-tools';

/** Where the data outside the database lives (from the app's config). */
export interface DataFiles {
  attachmentsDir: string;
  /** The signed audit heads' log; null when not written. */
  headLog: string | null;
  /** The local signing CA and the officials' encrypted keys (SIGNING_DIR). */
  signingDir: string;
}

export interface BackupOptions {
  databaseUrl: string;
  files: DataFiles;
  /** The backup becomes a new directory in here, named by its time. */
  outDir: string;
  appVersion: string;
  now?: Date;
}

/**
 * pg_dump (custom format) of the database, then a copy of the attachments, the head log and the
 * signing directory, then the manifest last: a backup without a manifest is one that did not
 * finish. The dump comes first because uploads are far more common than deletions: a file
 * uploaded meanwhile is only an unreferenced extra, whereas copying files first would miss those
 * of rows in the dump.
 * The audit head key is left out on purpose (README, "Keep outside the database").
 */
export async function createBackup(options: BackupOptions): Promise<{ dir: string; manifest: Manifest }> {
  const now = options.now ?? new Date();
  const dump = pgProgram('pg_dump');
  await refuseOlderClient(dump, options.databaseUrl);
  const dir = path.join(options.outDir, `lien-thong-${timestamp(now)}`);
  fs.mkdirSync(dir, { recursive: true });
  if (fs.readdirSync(dir).length > 0) throw new Error(`${dir} already exists and is not empty`);
  try {
    await runProgram(dump, ['--format=custom', '--file', path.join(dir, DUMP)], libpqEnv(options.databaseUrl));
    copyDataFiles(options.files, dir);
    const files = await Promise.all(listFiles(dir).map((relative) => describeFile(dir, relative)));
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      database: databaseName(options.databaseUrl),
      appVersion: options.appVersion,
      files,
    };
    fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true }); // no half backup left to be mistaken for one
    throw error;
  }
}

function copyDataFiles(files: DataFiles, dir: string): void {
  fs.mkdirSync(path.join(dir, ATTACHMENTS));
  if (fs.existsSync(files.attachmentsDir)) {
    // Only stored files (named by their UUID key): tmp/ holds uploads still arriving.
    for (const entry of fs.readdirSync(files.attachmentsDir, { withFileTypes: true }))
      if (entry.isFile() && /^[0-9a-f-]{36}$/.test(entry.name))
        fs.copyFileSync(path.join(files.attachmentsDir, entry.name), path.join(dir, ATTACHMENTS, entry.name));
  }
  if (files.headLog && fs.existsSync(files.headLog)) fs.copyFileSync(files.headLog, path.join(dir, HEAD_LOG));
  for (const relative of signingFiles(files.signingDir))
    copyPrivate(path.join(files.signingDir, relative), path.join(dir, SIGNING, relative));
}

/**
 * The signing directory's files: without the CA's key a restored server would start a new CA (and
 * refuse every document signed before), without an official's key it would issue a new one.
 * Files being written (`writeOnce`'s `.tmp`) are left out.
 */
function signingFiles(signingDir: string): string[] {
  if (!fs.existsSync(signingDir)) return [];
  return listFiles(signingDir).filter((relative) => SIGNING_FILE.test(relative));
}

/** Keys and their passphrase stay readable by the server's user only, in the backup as in place. */
function copyPrivate(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  fs.copyFileSync(from, to);
  fs.chmodSync(to, 0o600);
}

export interface RestoreOptions {
  backupDir: string;
  databaseUrl: string;
  files: DataFiles;
  /** Restore into a database of another name than the one backed up (a copy, a rehearsal). */
  allowOtherDatabase?: boolean;
  now?: Date;
}

export interface RestoreReport {
  manifest: Manifest;
  /** Where the files the restore replaced were moved (kept, never deleted). */
  movedAside: string[];
}

/**
 * Checks the whole backup first (manifest, sizes, hashes, database name) so that a refused
 * backup writes nothing; then pg_restore in one transaction (all or nothing), then the files.
 * The server must be stopped: pg_restore drops and recreates every table.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const manifest = await checkBackup(options.backupDir);
  const target = databaseName(options.databaseUrl);
  if (manifest.database !== target && !options.allowOtherDatabase)
    throw new BackupRefused(
      `the backup is of database "${manifest.database}", not "${target}" (--allow-other-database to restore it there)`,
    );
  const restore = pgProgram('pg_restore');
  await refuseOlderClient(restore, options.databaseUrl);
  await runProgram(
    restore,
    [
      '--clean',
      '--if-exists',
      '--single-transaction',
      '--exit-on-error',
      '--no-owner',
      '--dbname',
      target,
      path.join(options.backupDir, DUMP),
    ],
    libpqEnv(options.databaseUrl),
  );
  const stamp = timestamp(options.now ?? new Date());
  return { manifest, movedAside: putFilesBack(options.backupDir, manifest, options.files, stamp) };
}

/**
 * The attachments directory (and the signing directory, when the backup holds one) is rebuilt
 * beside the old one and swapped in by renames; what was there before (files of rows the restore
 * removed, a newer head log, keys issued since) is moved aside, not lost.
 */
function putFilesBack(backupDir: string, manifest: Manifest, files: DataFiles, stamp: string): string[] {
  const movedAside: string[] = [];
  const moveAside = (target: string) => {
    if (!fs.existsSync(target)) return;
    const aside = `${target}.before-restore-${stamp}`;
    fs.renameSync(target, aside);
    movedAside.push(aside);
  };
  const rebuild = (target: string, fill: (staging: string) => void) => {
    const staging = `${target}.restoring-${stamp}`;
    fill(staging);
    moveAside(target);
    fs.renameSync(staging, target);
  };
  const listed = (folder: string) => manifest.files.filter((f) => f.path.startsWith(`${folder}/`));
  rebuild(files.attachmentsDir, (staging) => {
    fs.mkdirSync(path.join(staging, 'tmp'), { recursive: true });
    for (const file of listed(ATTACHMENTS))
      fs.copyFileSync(path.join(backupDir, file.path), path.join(staging, path.basename(file.path)));
  });
  if (files.headLog && manifest.files.some((f) => f.path === HEAD_LOG)) {
    moveAside(files.headLog);
    fs.mkdirSync(path.dirname(files.headLog), { recursive: true });
    fs.copyFileSync(path.join(backupDir, HEAD_LOG), files.headLog);
  }
  const signing = listed(SIGNING);
  // a backup made before keys were backed up holds none: the keys in place are kept
  if (signing.length > 0)
    rebuild(files.signingDir, (staging) => {
      fs.mkdirSync(staging, { recursive: true, mode: 0o700 });
      for (const file of signing)
        copyPrivate(path.join(backupDir, file.path), path.join(staging, file.path.slice(SIGNING.length + 1)));
    });
  return movedAside;
}

/** 2026-12-06T12:30:05.123Z → 20261206T123005Z: sorts by time, safe in a file name. */
function timestamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

async function refuseOlderClient(program: string, databaseUrl: string): Promise<void> {
  const { client, server } = await majorVersions(program, databaseUrl);
  if (!(client >= server))
    throw new Error(
      `${program} is PostgreSQL ${client}, the server is PostgreSQL ${server}: set PG_BIN to the bin folder of a client ≥ ${server}`,
    );
}
