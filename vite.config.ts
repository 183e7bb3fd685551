/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';
import { atlasDataPlugin } from './scripts/vite/atlas-data-plugin.ts';
import { contentSecurityPolicyPlugin } from './scripts/vite/content-security-policy-plugin.ts';
import { firstScreenPlugin } from './scripts/vite/first-screen-plugin.ts';
import { inlineIconPlugin } from './scripts/vite/inline-icon-plugin.ts';
import { precompressedPreviewPlugin } from './scripts/vite/precompressed-preview-plugin.ts';

// Every script that starts Vite or Vitest passes `--configLoader runner`: Vite then imports
// this file through its module runner. Its default loader bundles the file instead, and on
// each start warned about every app module the plugins import without a file extension
// (about thirty lines). Stryker's Vitest runner cannot pass the flag, so a mutation run
// still prints them.

// ATLAS_DATA_DIR lets the benchmark and the hostile-catalogue tests build Atlas
// against another catalogue; everyone else gets the bundled data/ folder.
const dataDir = process.env.ATLAS_DATA_DIR ?? 'data';
const outDir = process.env.ATLAS_OUT_DIR ?? 'dist';
// "Suggest a correction" links open a new issue in this repository; with none, no link is shown.
const { repository = null } = JSON.parse(readFileSync('package.json', 'utf8')) as {
  repository?: unknown;
};

const firstScreen = firstScreenPlugin(dataDir);

export default defineConfig({
  base: './',
  define: { __ATLAS_REPOSITORY__: JSON.stringify(repository) },
  plugins: [
    react(),
    atlasDataPlugin(dataDir),
    inlineIconPlugin(),
    firstScreen,
    contentSecurityPolicyPlugin(firstScreen.listPolicySources),
    // Each text file also as .br and .gz, compressed once here rather than on every request.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      logLevel: 'silent',
    }),
    precompressedPreviewPlugin(),
  ],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Property tests and whole-catalogue checks take a few seconds on a busy 2-core machine;
    // the default 5 s cut some of them off when other work shared the cores.
    testTimeout: 20_000,
  },
});
