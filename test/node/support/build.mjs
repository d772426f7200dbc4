// Builds the package (`npm run build`) at most once for every Node test file that needs it:
// skipped while dist/, cdn/, types/ and the manifest are newer than every source they come
// from. A lock directory keeps two test processes from building at the same time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
const stamp = path.join(root, '.tmp/build.stamp');
const lock = path.join(root, '.tmp/build.lock');
const INPUTS = ['src', 'scripts/gen-framework-types.mjs', 'package.json', 'tsconfig.json', 'tsconfig.build.json',
  'rollup.config.mjs', 'custom-elements-manifest.config.mjs'];
const OUTPUTS = ['dist/index.js', 'dist/react/index.js', 'cdn/auth-elements.js', 'types/react-jsx.d.ts', 'custom-elements.json'];

function newest(file) {
  const full = path.join(root, file);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(full)) latest = Math.max(latest, newest(path.join(file, entry)));
  return latest;
}

function upToDate() {
  if (!existsSync(stamp) || OUTPUTS.some((file) => !existsSync(path.join(root, file)))) return false;
  // The generator writes into src/react/, so the stamp (written after the build) must win.
  const sources = Math.max(...INPUTS.filter((f) => f !== 'src').map(newest),
    ...readdirSync(path.join(root, 'src')).filter((d) => d !== 'react').map((d) => newest(path.join('src', d))));
  return statSync(stamp).mtimeMs >= sources;
}

/** Resolves once the built package is current; throws with the build's output if it fails. */
export async function ensureBuilt() {
  if (upToDate()) return;
  mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test process is building; a lock older than 5 minutes was left by a dead one.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() - started > 360_000) throw new Error('timed out waiting for another build');
      await sleep(500);
    }
  }
  try {
    if (upToDate()) return;
    const result = spawnSync('npm', ['run', 'build'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
    writeFileSync(stamp, new Date().toISOString());
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
