import { defineConfig, devices } from '@playwright/test';

/** Debian's Chromium: Playwright cannot download its own browser on this network. */
export const CHROMIUM_PATH = process.env.ATLAS_CHROMIUM ?? '/usr/bin/chromium';
const PORT = Number(process.env.ATLAS_E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.ATLAS_E2E_JSON
    ? [['list'], ['json', { outputFile: process.env.ATLAS_E2E_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    timezoneId: 'UTC',
    locale: 'en-GB',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 860 } },
    },
  ],
  webServer: {
    command: `npm run -s build && ./node_modules/.bin/vite preview --configLoader runner --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
