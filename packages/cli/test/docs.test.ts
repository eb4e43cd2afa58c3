// docs/cli.md documents every command and every option: this fails when a command
// or an option is added without its entry.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { commands } from '../src/commands/index.js'

const reference = readFileSync(new URL('../../../docs/cli.md', import.meta.url), 'utf8')

function section(name: string): string {
  const start = reference.indexOf(`## \`scholion ${name}\``)
  if (start < 0) return ''
  const next = reference.indexOf('\n## ', start + 1)
  return reference.slice(start, next < 0 ? undefined : next)
}

describe.each(commands.map((command) => [command.name, command]))(
  'scholion %s',
  (name, command) => {
    test('has a section in docs/cli.md', () => {
      expect(section(name)).not.toBe('')
    })

    test.each(Object.entries(command.options).map(([option, config]) => [option, config]))(
      'documents --%s',
      (option) => {
        expect(section(name)).toContain(`--${option}`)
      },
    )

    test('its usage line is the one in the docs', () => {
      const usage = (command.help.split('\n')[0] ?? '').replace(/^Usage: /, '')
      expect(section(name)).toContain(usage)
    })
  },
)
