import path from 'node:path';

/** `--key=value` options after the benchmark name. */
export function option(args: string[], key: string, fallback: number): number {
  const hit = args.find((a) => a.startsWith(`--${key}=`));
  return hit ? Number(hit.slice(key.length + 3)) : fallback;
}

export const FLOOR_MAIN = path.resolve(__dirname, '..', 'floor', 'floor-server.js');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
