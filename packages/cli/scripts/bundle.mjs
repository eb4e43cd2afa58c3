#!/usr/bin/env node
// Bundles the compiled CLI (dist/run.js and everything it imports, the workspace
// packages and their dependencies) into one module, dist/scholion.mjs, which
// bin/scholion.js loads. Why: Node's ES module loader resolves, reads and links
// each of the ~400 modules one by one, which cost ~200 ms at every start before
// any work was done (`scholion --version` 0.41 s unbundled, 0.22 s bundled).
// Run after `tsc -b` (scripts/setup.mjs and `npm run build` do).
import { build } from 'esbuild'

const dist = new URL('../dist/', import.meta.url)

await build({
  entryPoints: [new URL('run.js', dist).pathname],
  outfile: new URL('scholion.mjs', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // ES module builds first: jsonc-parser's `main` is a UMD build whose inner
  // requires a bundler cannot follow.
  mainFields: ['module', 'main'],
  // CommonJS dependencies bundled into an ES module still call `require` for
  // Node's built-in modules.
  banner: {
    js: "import { createRequire as scholionCreateRequire } from 'node:module'\nconst require = scholionCreateRequire(import.meta.url)",
  },
  // Third-party licence comments are kept, at the end of the file.
  legalComments: 'eof',
  logLevel: 'warning',
})
