/** Shared inputs: the example edition, loaded as the CLI loads it. */
import { readFileSync } from 'node:fs'
import { type AnnotationFile, loadDocument, parseAnnotationFile } from '@scholion/core'

const folder = new URL('../../../examples/gulag-1992/', import.meta.url)

export function loadExample(): {
  text: string
  file: AnnotationFile
  articlePath: string
  annotationsPath: string
} {
  const articlePath = new URL('article.txt', folder).pathname
  const annotationsPath = new URL('article.scholion.json', folder).pathname
  const text = loadDocument(readFileSync(articlePath, 'utf8'), { file: 'article.txt' }).text
  const { file, problems } = parseAnnotationFile(readFileSync(annotationsPath, 'utf8'), { text })
  if (file === undefined) throw new Error(problems.map((problem) => problem.message).join('\n'))
  return { text, file, articlePath, annotationsPath }
}
