// Installs the console's npm packages with `npm ci` when node_modules does not match package-lock.json
// (npm writes its copy of the lock to node_modules/.package-lock.json), so repeated builds skip the install.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const installed = existsSync('node_modules/.package-lock.json')
  ? JSON.parse(readFileSync('node_modules/.package-lock.json', 'utf8'))
  : undefined;
// every package the lock wants is installed at its version (optional ones, e.g. other platforms' binaries, only
// where npm installed them), and nothing else is
const matches = installed
  && Object.entries(lock.packages).every(([path, p]) => path === ''
    || (installed.packages[path] ? installed.packages[path].version === p.version : p.optional === true))
  && Object.keys(installed.packages).every((path) => lock.packages[path]);
if (!matches) {
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
} else {
  console.log('console: node_modules matches package-lock.json');
}
