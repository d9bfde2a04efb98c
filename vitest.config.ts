// Timeouts are hang guards, not speed goals (those live in `npm run bench`):
// loading jieba's dictionary or starting Chromium takes seconds on a busy machine.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
