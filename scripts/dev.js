// `npm run dev`: server recompiled and restarted on change, client on Vite's dev server
// (http://localhost:5173, proxying /graphql to the server on :4000). Ctrl+C stops all three.
const { spawn, spawnSync } = require('node:child_process');

const build = spawnSync('npx', ['tsc', '-b', 'server'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn('npx', ['tsc', '-b', 'server', '--watch', '--preserveWatchOutput'], { stdio: 'inherit' }),
  spawn(process.execPath, ['--watch-path=server/dist', 'server/dist/main.js'], { stdio: 'inherit', env: { ...process.env, CLIENT_DIST: '' } }),
  spawn('npm', ['run', 'dev', '-w', 'client'], { stdio: 'inherit' }),
];
const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
children.forEach((child) => child.on('exit', stop));
