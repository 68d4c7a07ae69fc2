import { parse } from 'graphql';
import { MAX_TOKENS } from '../shared/operation-limits';

/** `n` texts joined by spaces. */
export const many = (n: number, text: (i: number) => string) => Array.from({ length: n }, (_, i) => text(i)).join(' ');

/**
 * `fragment F0 on T { ...F1 ...F1 } … fragment Fn on T { leaf }`: n lines of text, 2^n leaves
 * once every spread is expanded. Spread `...F0` to use it.
 */
export const doubledSpreads = (levels: number, leaf: string, on = 'Query') =>
  `${many(levels, (i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on ${on} { ${leaf} }`;

/** CPU time this process spends on `work`, in ms: what a request takes from the event loop. */
export async function cpuMs(work: () => unknown): Promise<number> {
  const start = process.cpuUsage();
  await work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** graphql's own parse of `query`, up to the token limit: the work any server does on it. */
function parseOnly(query: string): void {
  try {
    parse(query, { maxTokens: MAX_TOKENS });
  } catch {
    // past the token limit: the floor is the work up to it
  }
}

/**
 * The time a refusal may take: well under 50 ms of CPU, or for a document near the token limit
 * (whose parse a loaded machine can stretch past that) 10 of graphql's parses of it, the best of
 * three measured now. A check that re-expanded spreads or compared fields pairwise takes hundreds.
 */
export async function refusalBudgetMs(query: string): Promise<number> {
  const parses = [
    await cpuMs(() => parseOnly(query)),
    await cpuMs(() => parseOnly(query)),
    await cpuMs(() => parseOnly(query)),
  ];
  return Math.max(50, 10 * Math.min(...parses));
}
