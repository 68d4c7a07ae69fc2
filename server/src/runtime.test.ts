import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';

const root = path.resolve(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; dev?: boolean; engines?: { node?: string } }>;
};
const dockerfile = fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8');

/** Installed packages whose own `engines.node` refuses `version` (what npm prints as EBADENGINE). */
function refusing(version: string, { production }: { production: boolean }): string[] {
  const names = new Set<string>();
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || !entry.engines?.node || (production && entry.dev)) continue;
    if (!semver.satisfies(version, entry.engines.node)) names.add(where.replace(/.*node_modules\//, ''));
  }
  return [...names].sort();
}

/**
 * Node 20 (end of life since April 2026) is still supported for development and CI on machines
 * that have it; these dependencies declare Node 22 although they run on 20 (the whole test suite
 * runs there), so `npm ci` warns about them on Node 20 and on no other supported version. A new
 * one fails this test: decide then (pin an older version, or drop Node 20), and say so here.
 */
const KNOWN_ON_NODE_20 = {
  // Apollo Server → @graphql-tools/utils 12 → promise-helpers 2
  // and docx (the Word reports) → nanoid 6, an ES module that Node 20.19+ loads with require()
  production: ['@whatwg-node/promise-helpers', 'nanoid'],
  // GraphQL codegen's CLI and loaders; the browser build the journeys fall back on; PostGraphile 5, the
  // `reads` benchmark's peer only (bench/src/peer: never loaded by the server or a test), which on Node 20
  // lacks only `Promise.withResolvers`, filled in the peer's own process
  development: [
    '@dataplan/json',
    '@dataplan/pg',
    '@graphile/lru',
    '@sparticuz/chromium',
    '@whatwg-node/disposablestack',
    '@whatwg-node/fetch',
    '@whatwg-node/node-fetch',
    '@whatwg-node/promise-helpers',
    'grafast',
    'grafserv',
    'graphile-build',
    'graphile-build-pg',
    'graphile-config',
    'graphile-utils',
    'listr2',
    'nanoid',
    'pg-introspection',
    'pg-sql2',
    'postgraphile',
    'ruru',
    'ruru-types',
    'sync-fetch',
    'tamedevil',
  ],
};

describe('the supported Node versions (package.json engines)', () => {
  const range = manifest.engines.node;

  it('include the Node this runs on, and the LTS the Dockerfile runs', () => {
    expect(semver.satisfies(process.version, range)).toBe(true);
    const images = [...dockerfile.matchAll(/^FROM node:(\d+)-/gm)].map((m) => Number(m[1]));
    expect(images.length).toBeGreaterThan(0);
    for (const major of images) expect(semver.satisfies(`${major}.0.0`, range)).toBe(true);
  });

  it('are accepted by every dependency from the first Node 22 and Node 24 releases the range allows', () => {
    for (const version of ['22.17.0', '24.0.0']) {
      expect(semver.satisfies(version, range)).toBe(true);
      expect(refusing(version, { production: false })).toEqual([]);
    }
  });

  it('on Node 20, meet only the known, harmless engine warnings', () => {
    const oldest = semver.minVersion(range)!.version;
    expect(oldest).toMatch(/^20\./);
    expect(refusing(oldest, { production: true })).toEqual(KNOWN_ON_NODE_20.production);
    expect(refusing(oldest, { production: false })).toEqual(KNOWN_ON_NODE_20.development);
  });
});
