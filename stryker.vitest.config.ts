// The Vitest configuration Stryker runs (`npm run test:mutation`): the app's own config,
// narrowed to the unit tests of the mutated folders, with room for the slower instrumented code.
import { defineConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default defineConfig({
  ...viteConfig,
  test: {
    ...viteConfig.test,
    include: ['app/{query,export,catalogue}/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
