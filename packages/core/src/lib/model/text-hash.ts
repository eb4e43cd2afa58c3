/**
 * Text hashes: `sha256:` plus hex, over the reading text as UTF-8.
 */

// Core runs in browsers, workers and Node, so it uses Web Crypto rather than
// `node:crypto`; these are the only parts of it needed here.
interface SubtleDigest {
  digest(algorithm: string, data: Uint8Array): Promise<ArrayBuffer>
}

/**
 * Computes the `textHash` of a reading text: SHA-256 of its UTF-8 encoding, as
 * `sha256:` and 64 lowercase hex digits. Uses `globalThis.crypto.subtle`, which is
 * asynchronous (Node 20+, browsers, workers). Lone surrogates are encoded as U+FFFD,
 * as `TextEncoder` does.
 *
 * @example
 * await computeTextHash('') // => 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export async function computeTextHash(text: string): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleDigest } }).crypto?.subtle
  if (subtle === undefined) {
    throw new Error(
      'Missing `crypto.subtle`, expected Web Crypto (Node 20+, a browser, or a secure context)',
    )
  }
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  let hex = ''
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0')
  return `sha256:${hex}`
}
