import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MANIFEST = 'manifest.json';
export const DUMP = 'database.dump';
export const HEAD_LOG = 'audit-heads.log';
export const ATTACHMENTS = 'attachments';
export const SIGNING = 'signing';

/**
 * A file of the signing directory, relative to it: `ca.pem`, `officials/<user id>.pem`, … at most
 * one folder deep, names that cannot climb out of it (no leading dot), never an unfinished `.tmp`.
 */
export const SIGNING_FILE = /^([\w-][\w.-]*\/)?[\w-][\w.-]*(?<!\.tmp)$/;

export interface ManifestFile {
  /** Relative to the backup directory, one of the names below (never a path chosen by the file). */
  path: string;
  size: number;
  sha256: string;
}

export interface Manifest {
  format: 1;
  createdAt: string;
  database: string;
  appVersion: string;
  files: ManifestFile[];
}

/** What restore refuses: a damaged, incomplete or mismatched backup (exit 1, nothing written). */
export class BackupRefused extends Error {}

// Only these names: a forged manifest cannot make restore write outside its targets.
const ALLOWED_PATH = new RegExp(`^(${DUMP}|${HEAD_LOG}|${ATTACHMENTS}/[0-9a-f-]{36})$`);
const allowedPath = (relative: string) =>
  ALLOWED_PATH.test(relative) ||
  (relative.startsWith(`${SIGNING}/`) && SIGNING_FILE.test(relative.slice(SIGNING.length + 1)));

export function describeFile(dir: string, relative: string): Promise<ManifestFile> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    fs.createReadStream(path.join(dir, relative))
      .on('data', (chunk: string | Buffer) => {
        size += Buffer.byteLength(chunk);
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ path: relative, size, sha256: hash.digest('hex') }));
  });
}

/** Every file under `dir` except the manifest, as relative paths with forward slashes. */
export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((relative) => relative !== MANIFEST)
    .sort();
}

/**
 * Reads the manifest and checks the backup against it: every listed file present with its size
 * and SHA-256, nothing unlisted, the dump there. Throws BackupRefused naming the first problem.
 */
export async function checkBackup(dir: string): Promise<Manifest> {
  const manifest = readManifest(dir);
  const listed = new Set(manifest.files.map((file) => file.path));
  if (!listed.has(DUMP)) throw new BackupRefused(`the manifest lists no ${DUMP}`);
  const unlisted = listFiles(dir).find((relative) => !listed.has(relative));
  if (unlisted) throw new BackupRefused(`${unlisted} is not in the manifest`);
  for (const file of manifest.files) {
    if (!fs.existsSync(path.join(dir, file.path))) throw new BackupRefused(`${file.path} is missing`);
    const actual = await describeFile(dir, file.path);
    if (actual.size !== file.size || actual.sha256 !== file.sha256)
      throw new BackupRefused(`${file.path} is damaged: its size or SHA-256 differs from the manifest`);
  }
  return manifest;
}

function readManifest(dir: string): Manifest {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8'));
  } catch (error) {
    throw new BackupRefused(`no readable ${MANIFEST} in ${dir}: ${error instanceof Error ? error.message : error}`);
  }
  const m = parsed as Partial<Manifest> | null;
  if (
    !m ||
    m.format !== 1 ||
    typeof m.database !== 'string' ||
    typeof m.createdAt !== 'string' ||
    !Array.isArray(m.files) ||
    !m.files.every(
      (f: Partial<ManifestFile>) =>
        typeof f?.path === 'string' &&
        allowedPath(f.path) &&
        Number.isInteger(f.size) &&
        typeof f.sha256 === 'string' &&
        /^[0-9a-f]{64}$/.test(f.sha256),
    )
  )
    throw new BackupRefused(`${MANIFEST} is not a format 1 backup manifest`);
  return m as Manifest;
}
