import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Quiet: console output of passing tests (score tables, timings) is dropped; failing tests keep theirs.
    silent: 'passed-only',
    // The durability and CLI tests spawn processes; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
