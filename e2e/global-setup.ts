import { resolveChromium } from './chromium';

/**
 * Resolved once before the journeys start, then handed to every test file through the
 * environment: test files cannot import ES modules (jest without vm modules), and extracting the
 * npm build from several workers at once would race on the same files.
 */
export default async function globalSetup(): Promise<void> {
  process.env.CHROMIUM_PATH = await resolveChromium();
}
