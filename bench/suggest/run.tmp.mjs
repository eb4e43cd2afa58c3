import { runnerImport } from 'vite'
const root = new URL('../../', import.meta.url).pathname
const { module } = await runnerImport(process.argv[2], { configFile: false, logLevel: 'silent', resolve: { alias: { '@scholion/core': root + 'packages/core/src/index.ts' } } })
module.run()
