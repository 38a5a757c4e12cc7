// Before `npm test`: the tests read PDFs with poppler, compare page counts with LibreOffice and
// drive Debian's Chromium. Install what is missing from Debian's packages (as root), once.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { bin: '/usr/bin/chromium', pkg: 'chromium' },
  { bin: '/usr/bin/pdftotext', pkg: 'poppler-utils' },
  { bin: '/usr/bin/soffice', pkg: 'libreoffice-writer-nogui' },
  { bin: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', pkg: 'fonts-liberation2' },
];
const missing = needs.filter((n) => !existsSync(n.bin)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(`Tests need these Debian packages: ${missing.join(' ')}. Run as root: apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing test dependencies: ${missing.join(' ')}`);
execSync('apt-get update', { stdio: 'inherit' });
const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
  stdio: 'inherit',
  env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
});
process.exit(r.status ?? 1);
