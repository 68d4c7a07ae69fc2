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
