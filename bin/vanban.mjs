#!/usr/bin/env node
// The `vanban` command: the same TypeScript core as the app, run through tsx.
import { register } from 'tsx/esm/api';

register();
// `vanban check doc.json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
