import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { brownSampleIds, brownText } from '../../../test-support/brown.mjs'
import { coreAt, findFigures, mayStartCore } from '../src/lib/figures/find-figures.js'
import { tokenize } from '../src/lib/text/tokens.js'

// The figure search skips tokens that cannot start a number core (0.14.0). That
// must never lose a figure: every token it skips has no core.

const reuters = new URL('../../../bench/suggest/texts/reuters/', import.meta.url)
const wireCopy = readdirSync(reuters)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(new URL(name, reuters), 'utf8'))
  .join('\n\n')
// Every kind of core start, in sentences of their own.
const starts =
  'They hit double figures and double-digit rates. Tens of thousands came, and dozens ' +
  'of scores. A third of them, two-thirds of the rest and three quarters left. Half ' +
  'the salary, a half-hour, the other half. He came twice, thrice, in his forties and ' +
  'the sixties. A score of states, a dozen eggs, an eighth of it, seven-stories, one-' +
  'year terms, two hundred and five, 2.5 million, $3bn, 10:30, 1986/87, 11-1/2 pct.'

describe('the figure search skips only tokens without a core', () => {
  it('finds no core at any token it skips, in Brown press text and wire copy', () => {
    const press = brownText(brownSampleIds().filter((id: string) => /^c[abc]/.test(id)))
    let skipped = 0
    let kept = 0
    for (const text of [press, wireCopy, starts]) {
      const tokens = tokenize(text)
      for (let index = 0; index < tokens.length; index++) {
        if (mayStartCore(tokens, index)) {
          kept++
          continue
        }
        skipped++
        const core = coreAt(tokens, index)
        if (core !== undefined) expect.fail(`a core at "${tokens[index]?.text}" (${index})`)
      }
    }
    // Most tokens are skipped; the ones kept include every core start above.
    expect(skipped).toBeGreaterThan(kept * 3)
  })

  it('still finds every kind of core start', () => {
    const found = findFigures(starts).map((figure) => starts.slice(figure.start, figure.end))
    for (const written of ['twice', 'thrice', 'forties', 'sixties', 'dozen', 'A third', 'Half'])
      expect(found.some((figure) => figure.includes(written))).toBe(true)
  })
})
