import { execFileSync } from 'node:child_process';
import { ROOT } from './server';

/**
 * Uncommitted changes under server/ when the benchmark ran (`git status --porcelain -- server`):
 * `npm run bench` builds the working tree, and other people edit it at the same time, so the
 * results say which server they measured.
 */
export function serverWorkingTree(): string[] {
  try {
    return execFileSync('git', ['status', '--porcelain', '--', 'server'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
  } catch {
    return ['(not a git checkout)'];
  }
}
