import { defineConfig } from '@playwright/test';

// The same specs run against both hosts through one fixture (test/e2e/app.ts):
// - web: the loopback web host in Debian's Chromium, on every CI run;
// - electron: Playwright's _electron, wherever an Electron binary exists (skipped with the reason otherwise).
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['dot'], ['./test/e2e/skip-reporter.ts'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'web', metadata: { host: 'web' } },
    { name: 'electron', metadata: { host: 'electron' } },
  ],
});
