/**
 * Figures: numbers as written and as values, with bounds, approximators and vagueness.
 */
import * as z from 'zod'
import { defineKind, type KindAnnotation } from './kind-definition.js'

/**
 * What sort of number a figure is.
 *
 * @example
 * numberTypes.includes('percentage') // => true
 */
export const numberTypes = [
  'count',
  'year',
  'date',
  'duration',
  'age',
  'percentage',
  'money',
  'ordinal',
  'measure',
  'other',
] as const

/**
 * The fields of a figure, as zod schemas (all optional).
 *
 * @example
 * Object.keys(figureFields).includes('approximator') // => true
 */
export const figureFields = {
  written: z.string().optional().meta({
    description:
      'The figure as written, when it differs from the span text (for example in a combined span).',
  }),
  value: z.number().optional().meta({
    description:
      'The point value ("2,000" → 2000, "2.5 million" → 2500000). Absent for vague figures.',
  }),
  atLeast: z.number().optional().meta({
    description: 'Lower bound, inclusive (TEI att.ranging @atLeast): "more than 2,000" → 2001.',
  }),
  atMost: z.number().optional().meta({
    description: 'Upper bound, inclusive (TEI att.ranging @atMost).',
  }),
  approximator: z.string().optional().meta({
    description: 'The approximating words as written: "more than", "about", "some", "nearly".',
  }),
  vague: z.boolean().optional().meta({
    description:
      'True for quantities without a point value ("tens of thousands", "many"); bounds may still be given.',
  }),
  counted: z.string().optional().meta({
    description: 'What is counted or measured: "foreigners imprisoned in Siberian labour camps".',
  }),
  unit: z.string().optional().meta({
    description: 'Unit: "people", "year", "km"; for money an ISO 4217 code such as "USD".',
  }),
  numberType: z.enum(numberTypes).optional().meta({
    description: 'count, year, date, duration, age, percentage, money, ordinal, measure or other.',
  }),
  when: z.string().optional().meta({
    description: 'For years and dates: the date in ISO 8601, possibly reduced ("1953", "1992-08").',
  }),
}

/**
 * The kind `figure`. Checks that `atLeast <= atMost` and that `value` lies within
 * the bounds that are given.
 *
 * @example
 * figureKind.schema.safeParse({ id: 'f', kind: 'figure', spans: [], atLeast: 5, atMost: 1 }).success // => false
 */
export const figureKind = defineKind({
  kind: 'figure',
  fields: figureFields,
  schemaId: 'FigureAnnotation',
  description: 'A number in the text, as written and as a value or range.',
  check(annotation, context) {
    const { value, atLeast, atMost } = annotation
    // `params` lets loaders phrase the problem with its place; `message` stands alone.
    const issue = (path: string, input: number, unexpected: string, expected: string) =>
      context.addIssue({
        code: 'custom',
        path: [path],
        input,
        message: `Unexpected ${unexpected}, expected ${expected}`,
        params: { unexpected, expected },
      })
    if (typeof atLeast === 'number' && typeof atMost === 'number' && atLeast > atMost) {
      issue(
        'atMost',
        atMost,
        `\`atMost\` ${atMost} below \`atLeast\` ${atLeast}`,
        'atLeast <= atMost',
      )
    }
    if (typeof value === 'number') {
      if (typeof atLeast === 'number' && value < atLeast) {
        issue(
          'value',
          value,
          `\`value\` ${value} below \`atLeast\` ${atLeast}`,
          'a value within the bounds',
        )
      }
      if (typeof atMost === 'number' && value > atMost) {
        issue(
          'value',
          value,
          `\`value\` ${value} above \`atMost\` ${atMost}`,
          'a value within the bounds',
        )
      }
    }
  },
})

/**
 * A figure annotation.
 *
 * @example
 * const figure: FigureAnnotation = {
 *   id: 'fig-2000', kind: 'figure', spans: [], written: 'More than 2,000',
 *   atLeast: 2001, approximator: 'more than', counted: 'foreign prisoners', numberType: 'count',
 * }
 */
export type FigureAnnotation = KindAnnotation<'figure', typeof figureFields>
