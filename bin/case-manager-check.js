#!/usr/bin/env node
// The installed command. The program itself is built from src/cli by `npm run build:cli`
// (run by `npm ci` through the "prepare" script).
let cli;
try {
  cli = await import('../build/cli.js');
} catch (e) {
  if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('build/cli.js')) {
    console.error('case-manager-check: not built yet; run "npm run build:cli" first');
    process.exit(2);
  }
  throw e;
}
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = cli.run(process.argv.slice(2));
