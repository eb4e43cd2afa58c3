import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { decodeText } from '@scholion/core'
import { inputError } from './errors.js'

/** A text file as read from disk: its decoded text and where it came from. */
export interface InputFile {
  /** The path as the user wrote it (used in messages). */
  readonly path: string
  /** Absolute path. */
  readonly absolute: string
  /** Decoded text, without a byte-order mark. */
  readonly text: string
}

function describeFsError(error: unknown): { code: string; reason: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EIO'
  const reasons: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EISDIR: 'is a directory, expected a file',
    ENOTDIR: 'a parent of it is not a directory',
  }
  return { code, reason: reasons[code] ?? (error instanceof Error ? error.message : String(error)) }
}

/** Reads and decodes a text file (UTF-8, or UTF-16 with a byte-order mark). */
export async function readInput(path: string, cwd: string): Promise<InputFile> {
  const absolute = resolve(cwd, path)
  let bytes: Uint8Array
  try {
    bytes = await readFile(absolute)
  } catch (error) {
    const { reason } = describeFsError(error)
    throw inputError({ code: 'read', file: path, message: `Cannot read \`${path}\`: ${reason}` })
  }
  const { text } = decodeText(bytes, { file: path })
  return { path, absolute, text }
}

/**
 * Writes `data` to `path` atomically: to a temporary file in the same folder,
 * then renamed over the target, so readers never see half a file and a failed
 * write leaves the old file as it was.
 */
export async function writeAtomic(path: string, data: string, cwd: string): Promise<void> {
  const absolute = resolve(cwd, path)
  const temporary = join(
    dirname(absolute),
    `.${basename(absolute)}.${randomBytes(6).toString('hex')}.tmp`,
  )
  try {
    await writeFile(temporary, data, { encoding: 'utf8', flag: 'wx' })
    await rename(temporary, absolute)
  } catch (error) {
    await rm(temporary, { force: true })
    const { code, reason } = describeFsError(error)
    const why = code === 'ENOENT' ? `its folder \`${dirname(path)}\` does not exist` : reason
    throw inputError({ code: 'write', file: path, message: `Cannot write \`${path}\`: ${why}` })
  }
}
