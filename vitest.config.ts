import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const at = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources, so a change is tested without a build.
    alias: {
      '@scholion/core': at('./packages/core/src/index.ts'),
      '@scholion/html': at('./packages/html/src/index.ts'),
      '@scholion/cli': at('./packages/cli/src/index.ts'),
      '@scholion/interchange': at('./packages/interchange/src/index.ts'),
      '@scholion/suggest/version': at('./packages/suggest/src/lib/version.ts'),
      '@scholion/suggest/hedge-model': at('./packages/suggest/src/hedge-model.ts'),
      '@scholion/suggest': at('./packages/suggest/src/index.ts'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
})
