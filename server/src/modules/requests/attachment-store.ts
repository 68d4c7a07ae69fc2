import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

export class FileTooLargeError extends Error {}

export interface StoredFile {
  key: string;
  size: number;
  sha256: string;
}

/**
 * Files on disk under the data folder. Uploads stream to a temporary name and are renamed into
 * place only when complete, so a half-received file is never visible.
 */
export class AttachmentStore {
  constructor(private readonly dir: string) {
    fs.mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  }

  async save(body: Readable, maxBytes: number): Promise<StoredFile> {
    const key = randomUUID();
    const temp = path.join(this.dir, 'tmp', key);
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new FileTooLargeError(`larger than ${maxBytes} bytes`));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(body, meter, fs.createWriteStream(temp, { flags: 'wx' }));
      fs.renameSync(temp, this.pathOf(key));
    } catch (error) {
      fs.rmSync(temp, { force: true });
      throw error;
    }
    return { key, size, sha256: hash.digest('hex') };
  }

  open(key: string): fs.ReadStream {
    return fs.createReadStream(this.pathOf(key));
  }

  remove(key: string): void {
    fs.rmSync(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!/^[0-9a-f-]{36}$/.test(key)) throw new Error('bad attachment key');
    return path.join(this.dir, key);
  }
}
