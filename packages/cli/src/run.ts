import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { formatProblem, ScholionError } from '@scholion/core'
import { commands } from './commands/index.js'
import type { Command } from './lib/command.js'
import type { Context } from './lib/context.js'
import { UsageError } from './lib/errors.js'
import { type ExitCode, exitCodes } from './lib/exit-codes.js'

/** Version of the CLI package, read from its package.json. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
  return String(manifest.version)
}

function generalHelp(): string {
  const width = Math.max(...commands.map((command) => command.name.length))
  return [
    'Usage: scholion <command> [options]',
    '',
    'Annotated source texts: check, re-anchor and render annotations.',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     show help (also: scholion <command> --help)',
    '  -v, --version  show the version',
    '',
    'Exit codes: 0 ok, 1 findings or unreadable input, 2 usage error, 70 internal error.',
    '',
  ].join('\n')
}

function usageLine(command: Command): string {
  return command.help.split('\n')[0] ?? `scholion ${command.name}`
}

/**
 * Runs the `scholion` command line with `argv` (without `node` and the script)
 * and returns its exit code. Never throws: every failure is reported on
 * `context.stderr` and mapped to an exit code (see {@link exitCodes}).
 *
 * @example
 * const code = await run(['check', 'article.txt', 'article.scholion.json'], {
 *   stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(),
 * })
 */
export async function run(argv: readonly string[], context: Context): Promise<ExitCode> {
  const [name, ...rest] = argv
  let command: Command | undefined
  try {
    if (name === undefined) {
      context.stderr.write(generalHelp())
      return exitCodes.usage
    }
    if (name === '--help' || name === '-h' || name === 'help') {
      context.stdout.write(generalHelp())
      return exitCodes.ok
    }
    if (name === '--version' || name === '-v') {
      context.stdout.write(`${version()}\n`)
      return exitCodes.ok
    }
    command = commands.find((candidate) => candidate.name === name)
    if (!command) {
      const known = commands.map((candidate) => `\`${candidate.name}\``).join(', ')
      throw new UsageError(`Unknown command \`${name}\`, expected one of ${known}`)
    }
    let parsed: ReturnType<typeof parseArgs>
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      })
    } catch (error) {
      throw new UsageError(
        error instanceof Error
          ? error.message.replace(/\. To specify a positional.*$/s, '')
          : String(error),
      )
    }
    if (parsed.values.help) {
      context.stdout.write(`${command.help}\n`)
      return exitCodes.ok
    }
    const [min, max] = command.arity
    const count = parsed.positionals.length
    if (count < min || count > max) {
      throw new UsageError(
        count < min
          ? `Missing argument: expected ${min === max ? min : `at least ${min}`}, got ${count}`
          : `Unexpected argument \`${parsed.positionals[max]}\`, expected at most ${max}`,
      )
    }
    return await command.run(
      {
        positionals: parsed.positionals,
        values: parsed.values as Record<string, string | boolean>,
      },
      context,
    )
  } catch (error) {
    if (error instanceof UsageError) {
      const prefix = command ? `scholion ${command.name}` : 'scholion'
      context.stderr.write(`${prefix}: ${error.message}\n`)
      context.stderr.write(
        command
          ? `Usage: ${usageLine(command).replace(/^Usage: /, '')}\nRun \`scholion ${command.name} --help\` for details.\n`
          : 'Run `scholion --help` for the list of commands.\n',
      )
      return exitCodes.usage
    }
    if (error instanceof ScholionError) {
      for (const problem of error.problems) context.stderr.write(`${formatProblem(problem)}\n`)
      return exitCodes.findings
    }
    const message = error instanceof Error ? error.message : String(error)
    context.stderr.write(
      `scholion: internal error: ${message}\nThis is a bug in Scholion; please report it with the command you ran.\n`,
    )
    if (process.env.SCHOLION_DEBUG && error instanceof Error && error.stack) {
      context.stderr.write(`${error.stack}\n`)
    } else {
      context.stderr.write('Set SCHOLION_DEBUG=1 to see the stack trace.\n')
    }
    return exitCodes.internal
  }
}
