/** A writable text stream: process.stdout, or a buffer in tests. */
export interface Output {
  write(chunk: string): unknown
}

/** What a command runs against: its output streams and working directory. */
export interface Context {
  readonly stdout: Output
  readonly stderr: Output
  /** Folder that relative paths are resolved from. */
  readonly cwd: string
}
