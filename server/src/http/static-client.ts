import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/**
 * The encodings the client build writes next to each text file (client/vite/precompress.ts), in
 * the order this server prefers them when a browser accepts both: brotli is ~15% smaller.
 */
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Vite names every file under /assets after a hash of its content: a new build means a new name. */
const HASHED_ASSETS = 'assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html names the current build's assets, so a browser checks it on every visit (ETag: 304). */
const REVALIDATE = 'no-cache';
/** Files with fixed names (favicon and the like). */
const SHORT_LIVED = 'public, max-age=3600';

function cacheControl(relativePath: string): string {
  if (relativePath.startsWith(HASHED_ASSETS)) return IMMUTABLE;
  if (relativePath === 'index.html') return REVALIDATE;
  return SHORT_LIVED;
}

/**
 * Serves the built React client, with index.html for every client-side route.
 *
 * Compressed bytes come from the build, not from this process: brotli at its best level takes
 * ~1 s for the main script, far too slow per response, and the files never change while the
 * server runs. A browser gets the `.br` or `.gz` twin of a file when it accepts that encoding,
 * the file itself otherwise. GraphQL answers are not compressed (a few KB each, costing CPU on
 * every read for little gain on the wire).
 */
export function serveClient(app: express.Express, dist: string | null): void {
  if (!dist || !fs.existsSync(path.join(dist, 'index.html'))) return;
  const variants = precompressedVariants(dist);

  app.use((req, res, next) => {
    res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.get('host')));
    next();
  });
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const relativePath = relativeFilePath(req.path);
    if (relativePath === null || !variants.has(relativePath)) return next();
    sendFile(req, res, dist, relativePath, variants.get(relativePath)!);
  });
  app.use(
    express.static(dist, {
      index: false,
      cacheControl: false,
      setHeaders: (res, filePath) => res.setHeader('Cache-Control', cacheControl(toRelative(dist, filePath))),
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' || !req.accepts('html')) return next();
    sendFile(req, res, dist, 'index.html', variants.get('index.html') ?? []);
  });
}

/** `dist`'s files (relative, with `/`) that have compressed twins, and which encodings they have. */
function precompressedVariants(dist: string): Map<string, Encoding[]> {
  const variants = new Map<string, Encoding[]>();
  const files = new Set(
    (fs.readdirSync(dist, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => toRelative(dist, path.join(entry.parentPath, entry.name))),
  );
  for (const file of files) {
    const encodings = ENCODINGS.filter((encoding) => files.has(file + encoding.extension));
    if (encodings.length > 0) variants.set(file, encodings);
  }
  return variants;
}

function toRelative(dist: string, filePath: string): string {
  return path.relative(dist, filePath).split(path.sep).join('/');
}

/** The file a URL path names inside the build, or null for one that cannot name a file there. */
function relativeFilePath(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const normalized = path.posix.normalize(decoded);
  if (!normalized.startsWith('/') || normalized.includes('\0') || normalized.split('/').includes('..')) return null;
  return normalized.slice(1);
}

/** Sends `relativePath`, or its twin in the encoding the browser prefers among those it has. */
function sendFile(
  req: express.Request,
  res: express.Response,
  dist: string,
  relativePath: string,
  encodings: readonly Encoding[],
): void {
  if (encodings.length > 0) res.vary('Accept-Encoding');
  res.setHeader('Cache-Control', cacheControl(relativePath));
  const encoding = preferredEncoding(req.get('accept-encoding'), encodings);
  if (encoding) {
    res.type(path.extname(relativePath)); // the original file's type, not that of `.br`
    res.setHeader('Content-Encoding', encoding.name);
  }
  res.sendFile(relativePath + (encoding?.extension ?? ''), { root: dist, cacheControl: false });
}

/**
 * The encoding among `available` with the highest q-value in Accept-Encoding, ties going to our
 * order (Chrome sends `gzip, deflate, br, zstd`, all at q=1: brotli). None when none is accepted.
 */
export function preferredEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | undefined {
  const qualities = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((token) => token.trim().toLowerCase());
    if (!name) continue;
    const q = params.find((param) => param.startsWith('q='));
    qualities.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const quality = (name: string) => qualities.get(name) ?? qualities.get('*') ?? 0;
  let best: Encoding | undefined;
  for (const encoding of available) if (quality(encoding.name) > (best ? quality(best.name) : 0)) best = encoding;
  return best;
}

/**
 * The client's pages load code, styles and data from this origin only; no inline or injected
 * script runs, the app cannot be framed, and its WebSocket goes back to the host it came from.
 */
function contentSecurityPolicy(host: string | undefined): string {
  const sockets = host && /^[\w.:[\]-]+$/.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    `connect-src 'self'${sockets}`,
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
