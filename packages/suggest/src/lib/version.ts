/**
 * Who made a suggestion: the suggester's name and version, written into `creator`.
 */

/**
 * Name of the suggester, as written in `creator.name` of every suggestion.
 *
 * @example
 * suggesterName // => 'scholion-suggest'
 */
export const suggesterName = 'scholion-suggest'

/**
 * Version of the suggester's rules. It changes whenever a rule or the default
 * lexicon changes what is suggested, so a reviewer can tell which rules made a draft.
 *
 * @example
 * suggesterVersion // => '0.38.1'
 */
export const suggesterVersion = '0.38.1'
