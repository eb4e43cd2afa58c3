import type { Command } from '../lib/command.js'
import { check } from './check.js'
import { exportCommand } from './export.js'
import { importCommand } from './import.js'
import { reanchor } from './reanchor.js'
import { render } from './render.js'
import { suggestCommand } from './suggest.js'

/** Every `scholion` subcommand, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  check,
  reanchor,
  render,
  suggestCommand,
  exportCommand,
  importCommand,
]
