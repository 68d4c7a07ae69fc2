import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Plugin } from 'vite';

/** Text the server sends as files; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|webmanifest)$/;
/** Below this a compressed answer saves less than a packet. */
const MIN_BYTES = 1024;

/**
 * Writes `<file>.br` (brotli, best level) and `<file>.gz` (gzip, best level) next to every text
 * file of the build, which server/src/http/static-client.ts sends by Accept-Encoding. Compressing
 * at build time lets the slowest, smallest settings be used once instead of on every request.
 * A twin that would not be smaller is not written.
 */
export function precompress(): Plugin {
  return {
    name: 'lien-thong:precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? path.dirname(options.file ?? '');
      for (const fileName of Object.keys(bundle)) {
        if (!COMPRESSIBLE.test(fileName)) continue;
        const file = path.join(dir, fileName);
        const content = fs.readFileSync(file);
        if (content.length < MIN_BYTES) continue;
        const twins = {
          '.br': zlib.brotliCompressSync(content, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          '.gz': zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }),
        };
        for (const [extension, compressed] of Object.entries(twins))
          if (compressed.length < content.length) fs.writeFileSync(file + extension, compressed);
      }
    },
  };
}
