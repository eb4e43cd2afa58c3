/** Ids of all 500 samples (`ca01` … `cr09`), in corpus order. */
export function brownSampleIds(): string[]
/** One sample as paragraphs of running text. */
export function brownSample(id: string): string[]
/** Running text of the given samples (default: all), paragraphs separated by a blank line. */
export function brownText(ids?: readonly string[]): string
