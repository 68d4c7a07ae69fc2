import fs from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Debian's package, what the README and `.ci/run` install. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

interface SparticuzChromium {
  executablePath(): Promise<string>;
}

// A real dynamic import() from CommonJS, kept away from transpilers that would turn it into
// require(): @sparticuz/chromium ships ES modules only.
const importModule = new Function('url', 'return import(url)') as (
  url: string,
) => Promise<{ default: SparticuzChromium }>;

/**
 * The Chromium the journeys drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`
 * when installed, else the headless build inside the `@sparticuz/chromium` npm package (extracted
 * to the temporary folder on first use), so that `npm ci && npm test` needs no apt-get.
 * `LT_IGNORE_SYSTEM_CHROMIUM=1` skips Debian's binary, to try the npm build on a machine that has both.
 */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  if (!env.LT_IGNORE_SYSTEM_CHROMIUM && fs.existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const { default: chromium } = await importModule(pathToFileURL(require.resolve('@sparticuz/chromium')).href);
  return chromium.executablePath();
}
