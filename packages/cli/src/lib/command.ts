import type { ParseArgsConfig } from 'node:util'
import type { Context } from './context.js'
import type { ExitCode } from './exit-codes.js'

/** Parsed arguments of a command: its positionals and option values. */
export interface Arguments {
  readonly positionals: readonly string[]
  readonly values: Readonly<Record<string, string | boolean | undefined>>
}

/** One `scholion` subcommand. */
export interface Command {
  /** Name as typed: `check`. */
  readonly name: string
  /** One line for the command list. */
  readonly summary: string
  /** Full `--help` text. */
  readonly help: string
  /** Option definitions for node:util `parseArgs` (`--help` is added for every command). */
  readonly options: NonNullable<ParseArgsConfig['options']>
  /** Smallest and largest number of positional arguments. */
  readonly arity: readonly [number, number]
  run(args: Arguments, context: Context): Promise<ExitCode>
}
