// @scholion/cli — programmatic entry to the `scholion` command. Re-exports only.
export type { Context, Output } from './lib/context.js'
export type { ExitCode } from './lib/exit-codes.js'
export { exitCodes } from './lib/exit-codes.js'
export { run, version } from './run.js'
