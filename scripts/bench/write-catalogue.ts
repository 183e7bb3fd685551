// `tsx scripts/bench/write-catalogue.ts 1000 10000`: writes each synthetic
// catalogue to bench/out/catalogue-<n>/{taxonomy.json,methods.json,needs-overrides.json}.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCatalogue } from './generate-catalogue';

/** The seed every benchmark catalogue is generated from. */
export const BENCH_SEED = 20260101;
export const BENCH_OUT = resolve('bench/out');

/** The catalogue Atlas ships (data/), measured beside the synthetic ones. */
export const BUNDLED = 'bundled';
/** A synthetic catalogue's size, or the bundled catalogue. */
export type BenchSize = number | typeof BUNDLED;

/** The folder holding the catalogue of `size` methods (data/ for the bundled one). */
export function toCatalogueDir(size: BenchSize): string {
  return size === BUNDLED ? resolve('data') : join(BENCH_OUT, `catalogue-${size}`);
}

/** How many methods the bundled catalogue holds. */
export function countBundledMethods(): number {
  const methods: unknown = JSON.parse(
    readFileSync(join(toCatalogueDir(BUNDLED), 'methods.json'), 'utf8'),
  );
  return Array.isArray(methods) ? methods.length : NaN;
}

/** Generates the catalogue of `size` methods and writes its files (no needs overrides); returns the folder. */
export function writeCatalogue(size: number, seed = BENCH_SEED): string {
  const dir = toCatalogueDir(size);
  const { taxonomy, methods } = generateCatalogue(size, seed);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'taxonomy.json'), `${JSON.stringify(taxonomy, null, 2)}\n`);
  writeFileSync(join(dir, 'methods.json'), `${JSON.stringify(methods, null, 2)}\n`);
  writeFileSync(join(dir, 'needs-overrides.json'), '[]\n');
  return dir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  for (const size of sizes.length > 0 ? sizes : [1000, 10_000]) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`not a catalogue size: ${size}`);
    console.log(`wrote ${writeCatalogue(size)} (${size} methods)`);
  }
}
