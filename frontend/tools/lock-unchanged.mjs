// Fails when `npm install` changed package-lock.json in a way that matters: a package added,
// removed or resolved to another version or integrity. Entries of optional packages for other
// platforms (rollup, esbuild, msgpackr binaries…) come and go with what this registry serves that
// day, and npm never installs them here, so they are left out of the comparison.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const committed = JSON.parse(
  execFileSync('git', ['show', ':./package-lock.json'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
);
const installed = JSON.parse(readFileSync('package-lock.json', 'utf8'));

const foreignPlatform = (entry) =>
  entry.optional === true && (entry.os !== undefined || entry.cpu !== undefined);

function resolved(lock) {
  const packages = new Map();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (!foreignPlatform(entry)) {
      packages.set(path, `${entry.version ?? ''} ${entry.integrity ?? ''}`);
    }
  }
  return packages;
}

const before = resolved(committed);
const after = resolved(installed);
const changes = [];
for (const [path, was] of before) {
  if (!after.has(path)) changes.push(`removed ${path || '(root)'}`);
  else if (after.get(path) !== was) changes.push(`changed ${path || '(root)'}: ${was} -> ${after.get(path)}`);
}
for (const path of after.keys()) {
  if (!before.has(path)) changes.push(`added ${path}`);
}
if (changes.length > 0) {
  console.error('npm install changed package-lock.json; commit the lock file that package.json needs:');
  for (const change of changes.slice(0, 40)) console.error(`  ${change}`);
  process.exit(1);
}
console.log(`package-lock.json unchanged (${after.size} packages resolved).`);
