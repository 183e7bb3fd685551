// Builds Atlas against a benchmark catalogue and serves the build with
// `vite preview` on a port of its own; measures the JavaScript it ships.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const VITE = resolve('node_modules/.bin/vite');

/** Builds Atlas on the catalogue in `dataDir` into `outDir`. */
export function buildAtlas(dataDir: string, outDir: string): void {
  execFileSync(VITE, ['build', '--configLoader', 'runner', '--logLevel', 'warn'], {
    env: { ...process.env, ATLAS_DATA_DIR: dataDir, ATLAS_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** A running `vite preview`; `stop()` ends that one process. */
export interface PreviewServer {
  url: string;
  stop: () => Promise<void>;
}

async function waitForServer(url: string, child: ChildProcess, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 150));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

/** Serves `outDir` on 127.0.0.1:`port` (strict: fails rather than take another port). */
export async function startPreview(outDir: string, port: number): Promise<PreviewServer> {
  const child = spawn(
    VITE,
    [
      'preview',
      '--configLoader',
      'runner',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  try {
    await waitForServer(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

export interface ScriptSize {
  /** Path inside the build, e.g. "assets/index-abc.js". */
  file: string;
  raw: number;
  gzip: number;
}

/** Every .js file of a build with its size, raw and gzipped (level 9, as Vite reports it). */
export function listScriptSizes(outDir: string): ScriptSize[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) files.push(path);
    }
  };
  walk(outDir);
  return files.sort().map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(outDir, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }).length,
    };
  });
}
