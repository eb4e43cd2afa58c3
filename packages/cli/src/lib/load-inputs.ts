import {
  type AnnotationFile,
  loadDocument,
  type Problem,
  parseAnnotationFile,
  type ScholionDocument,
  ScholionError,
} from '@scholion/core'
import { type InputFile, readInput } from './io.js'

/** An article and its annotation file, read, decoded and parsed. */
export interface LoadedInputs {
  readonly article: InputFile
  readonly document: ScholionDocument
  readonly annotationsPath: string
  readonly file: AnnotationFile
  /** Every problem found in the annotation file (errors and warnings). */
  readonly problems: readonly Problem[]
}

/** Options for {@link loadInputs}. */
export interface LoadInputsOptions {
  /**
   * Check span offsets against the article's text (range, surrogate pairs).
   * Off for re-anchoring, where offsets refer to the previous text. Default `true`.
   */
  readonly checkRanges?: boolean
}

/**
 * Reads an article and its annotation file. Throws a ScholionError when either
 * cannot be read or the annotation file cannot be used at all (malformed JSON, wrong
 * format); other problems are returned for the command to report.
 */
export async function loadInputs(
  articlePath: string,
  annotationsPath: string,
  cwd: string,
  options: LoadInputsOptions = {},
): Promise<LoadedInputs> {
  const article = await readInput(articlePath, cwd)
  const document = loadDocument(article.text, { file: article.path })
  const json = await readInput(annotationsPath, cwd)
  const { file, problems } = parseAnnotationFile(json.text, {
    file: json.path,
    ...(options.checkRanges === false ? {} : { text: document.text }),
  })
  if (file === undefined) throw new ScholionError(problems)
  return { article, document, annotationsPath, file, problems }
}
