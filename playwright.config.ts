import { defineConfig } from '@playwright/test';

// The browser is Debian's Chromium with the built extension, launched by tests/e2e itself.
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  timeout: 90_000,
  reporter: [['list']],
  use: { trace: 'off' },
});
