// `npm run dev`: server recompiled and restarted on change, client on Vite's dev server
// (http://localhost:5173, proxying /graphql to the server on :4000). Ctrl+C or SIGTERM stops all.
// Binaries are started directly (not through npm/npx wrappers) so stop signals reach them.
const { spawn, spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
// vite's package exports hide its bin; the workspace install puts it at the root
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');

const build = spawnSync(process.execPath, [tsc, '-b', 'server'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(process.execPath, [tsc, '-b', 'server', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=server/dist', 'server/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    // development: the log is pretty-printed (pino-pretty) instead of JSON lines
    env: { NODE_ENV: 'development', ...process.env, CLIENT_DIST: '' },
  }),
  spawn(process.execPath, [vite], { cwd: path.join(root, 'client'), stdio: 'inherit' }),
];
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
