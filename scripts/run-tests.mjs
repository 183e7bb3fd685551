// `npm test`: every check CI runs, in one command. Runs each suite even when an earlier
// one fails, then prints one plain line "N passed, N failed" summing all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const chromium = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'atlas-test-'));
const bin = (name) => join('node_modules', '.bin', name);

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function ensureChromium() {
  if (existsSync(chromium)) return true;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `\nChromium is missing at ${chromium}. Install Debian's Chromium, then run npm test again:`,
    );
    console.error('  sudo apt-get update && sudo apt-get install -y chromium');
    return false;
  }
  console.log(`\nChromium is missing at ${chromium}; installing Debian's chromium package.`);
  return (
    run('apt-get', ['update']) &&
    run('apt-get', ['install', '-y', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' })
  );
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const tally = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
function record(name, passed, failed, skipped = 0) {
  tally.passed += passed;
  tally.failed += failed;
  tally.skipped += skipped;
  lines.push(`${name}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

for (const [name, command, args] of [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['format', bin('prettier'), ['--check', '.']],
  ['catalogue', bin('tsx'), ['scripts/validate.ts']],
]) {
  const ok = run(command, args);
  record(name, ok ? 1 : 0, ok ? 0 : 1);
}

const unitReport = join(work, 'vitest.json');
const unitOk = run(bin('vitest'), [
  'run',
  '--configLoader',
  'runner',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitReport}`,
]);
const unit = readJson(unitReport);
if (unit)
  record(
    'unit',
    unit.numPassedTests,
    unit.numFailedTests + (unitOk || unit.numFailedTests ? 0 : 1),
    unit.numPendingTests + unit.numTodoTests,
  );
else record('unit', 0, 1);

if (ensureChromium()) {
  const e2eReport = join(work, 'playwright.json');
  const e2eOk = run(bin('playwright'), ['test'], { ATLAS_E2E_JSON: e2eReport });
  const e2e = readJson(e2eReport);
  if (e2e?.stats) {
    const { expected, unexpected, flaky, skipped } = e2e.stats;
    const errors = e2e.errors?.length ?? 0;
    record(
      'e2e',
      expected,
      unexpected + flaky + errors + (e2eOk || unexpected + flaky + errors ? 0 : 1),
      skipped,
    );
  } else record('e2e', 0, 1);
} else record('e2e', 0, 1);

console.log(`\n${lines.join('\n')}`);
const skipped = tally.skipped ? `, ${tally.skipped} skipped` : '';
console.log(`${tally.passed} passed, ${tally.failed} failed${skipped}`);
process.exit(tally.failed > 0 ? 1 : 0);
