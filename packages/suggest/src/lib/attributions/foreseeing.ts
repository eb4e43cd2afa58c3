/**
 * Round 11: verbs of foreseeing and judging with a noun phrase as object. What
 * a company forecasts, projects or estimates is its claim ("Acme forecast
 * earnings of one billion crowns in 1987"; "…, predicting growth of 20 pct a
 * month"), and so is what a source sees ahead or in a situation ("The government
 * saw no need for new measures", "Investors still see an element of risk").
 */
import { isCapital, lower, type Token } from '../text/tokens.js'
import { lexiconTags } from './word-classes.js'

/**
 * Forms of the verbs of foreseeing. `see` forms judge a situation; the others
 * foresee a quantity.
 *
 * @example
 * foreseeingCues.has('forecast') // => true
 */
export const foreseeingCues: ReadonlySet<string> = new Set([
  'see',
  'sees',
  'saw',
  'forecast',
  'forecasts',
  'forecasting',
  'projected',
  'projects',
  'projecting',
  'predicted',
  'predicts',
  'predict',
  'predicting',
  'estimated',
  'estimates',
  'estimating',
  'expects',
  'expect',
  'expecting',
  // Valuing at a figure: "He put 1988 earnings at 60 cts a share".
  'put',
  'puts',
  'placed',
  'places',
  'pegged',
  'pegs',
  'valued',
  'values',
  // Round 15: reckoning at a figure ("Officials have calculated losses at 926 mln
  // dlrs", "assessed the damage at …").
  'calculated',
  'calculates',
  'assessed',
  'assesses',
])

/**
 * The forms that are cues only in this frame: elsewhere "saw", "estimated" or
 * "projected" report nothing ("He saw the car", "an estimated 300 people").
 */
export const foreseeingOnly: ReadonlySet<string> = new Set([
  'see',
  'sees',
  'saw',
  'forecasts',
  'forecasting',
  'projected',
  'projects',
  'projecting',
  'estimates',
  'estimating',
  'expecting',
  'put',
  'puts',
  'placed',
  'places',
  'pegged',
  'pegs',
  'valued',
  'values',
  'calculated',
  'calculates',
  'assessed',
  'assesses',
])

// What a source sees in a situation or ahead: needs, chances, risks, signs, trends.
const judgedNouns =
  /^(need|needs|chance|chances|reason|reasons|risk|risks|danger|dangers|sign|signs|prospect|prospects|possibility|possibilities|threat|threats|problem|problems|difficulty|difficulties|obstacle|obstacles|improvement|change|changes|increase|increases|rise|fall|decline|drop|growth|recovery|pickup|slowdown|upturn|downturn|shortage|surplus|deficit|gain|gains|loss|losses|benefit|benefits|advantage|advantages|justification|alternative|solution|room|scope|basis|link|conflict|contradiction|opportunity|opportunities|potential|element|evidence|merit|hope|end|likelihood|trend|pressure|pressures|weakness|strength|role|future|demand)$/

// Determiners and modifiers of a judged noun ("no current need", "an element").
const judgedOpeners =
  /^(no|little|some|a|an|any|further|continued|more|less|few|several|many|strong|slow|slower|good|great|real|growing|limited|considerable|modest|steady|only|clear|much)$/

/**
 * Figures in words and units that make a noun phrase a forecast of a quantity.
 *
 * @example
 * figureWords.test('mln') // => true
 */
export const figureWords =
  /^(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|mln|bln|pct|percent|per|dozen)$/

// Round 26: a change foreseen is a quantity too: "They expect only small gains",
// "He forecast increasing interest from banks", "expects better earnings".
const changeWords =
  /^(rise|rises|increase|increases|gain|gains|growth|decline|declines|drop|drops|fall|falls|loss|losses|improvement|recovery|slowdown|upturn|downturn|rebound|increasing|rising|growing|falling|declining|higher|lower|better|worse|stronger|weaker|slower|faster)$/
const changeCues =
  /^(expects|expect|forecast|forecasts|forecasting|projected|projects|projecting|predicts|predicted|predict)$/

// Words that end the object before it reaches a figure of another clause.
const objectStops =
  /^(that|which|who|whom|whose|and|but|or|because|although|while|when|if|as|since|said|says|say|told|added)$/

/**
 * The end (exclusive token index) of the object noun phrase of a verb of
 * foreseeing starting at `from`, or `undefined` when the words there are no
 * such object: "see" needs a judged noun ("no need", "an element of risk"), the
 * others a quantity ("earnings of one billion crowns", "growth of 20 pct").
 */
export function foreseenObject(
  tokens: readonly Token[],
  from: number,
  cue: string,
): number | undefined {
  const first = tokens[from]
  if (first === undefined || first.kind === 'punct') return undefined
  const word = lower(first)
  // A pronoun, a clause, an infinitive or "up" are other frames ("saw him",
  // "expects that …", "expects to …", "saw to it").
  if (
    /^(him|her|them|me|us|you|it|itself|himself|herself|themselves|that|to|up|what|how|why|whether|if|as|in|on|at|through|off|fit)$/.test(
      word,
    )
  )
    return undefined
  if (/^(see|sees|saw)$/.test(cue)) {
    // "saw the strike as a limited reply": a judgement like "viewed … as" (not
    // "saw the man as he left", a time clause).
    for (let at = from + 1; at < from + 8 && at < tokens.length; at++) {
      const token = tokens[at]
      if (token === undefined || token.kind === 'punct') break
      if (lower(token) !== 'as') continue
      const next = lower(tokens[at + 1])
      if (
        (/^(a|an|the|being|having|more|less|part|evidence|proof|signs?|too|very|essentially|largely|mainly|merely|simply|only|just|unfair|likely|necessary|positive|negative)$/.test(
          next,
        ) ||
          // An adjective judges too: "sees the war as avoidable".
          (lexiconTags(next).includes('Adjective') &&
            !lexiconTags(next).some((tag) => /^(Pronoun|Determiner)$/.test(tag))) ||
          // Adjectives the lexicon lacks, by their suffix ("avoidable", "ruinous").
          /^\p{Ll}{3,}(able|ible|ive|ous|ful|less|ical|ic|ent|ant)$/u.test(next)) &&
        lower(tokens[at - 1]) !== 'well'
      )
        return tokens.length
      break
    }
    for (let at = from; at < from + 5 && at < tokens.length; at++) {
      const token = tokens[at]
      if (token === undefined || token.kind !== 'word' || isCapital(token)) return undefined
      const current = lower(token)
      if (judgedNouns.test(current)) return at + 1
      if (at === from && !judgedOpeners.test(current)) return undefined
      if (
        at > from &&
        lexiconTags(current).some((tag) => /^(PastTense|Copula|Modal|Preposition)$/.test(tag))
      )
        return undefined
    }
    return undefined
  }
  // Valuing names the figure after "at": "put earnings at 60 cts", "pegged the
  // loss at 2 mln" (not "put the book on the shelf").
  const valuing =
    /^(put|puts|placed|places|pegged|pegs|valued|values|calculated|calculates|assessed|assesses)$/.test(
      cue,
    )
  let sawAt = false
  // Round 15: the thing valued may be long ("put the range for the non-auto
  // sector of retail sales at …").
  for (let at = from; at < from + (valuing ? 16 : 10) && at < tokens.length; at++) {
    const token = tokens[at]
    if (token === undefined) break
    if (valuing && lower(token) === 'at') {
      sawAt = true
      continue
    }
    if (valuing && !sawAt && (token.kind === 'number' || figureWords.test(lower(token)))) {
      // A figure before "at" is the thing valued ("put 1988 earnings at …").
      continue
    }
    if (token.kind === 'number' || figureWords.test(lower(token))) return at + 1
    if (changeCues.test(cue) && at <= from + 3 && changeWords.test(lower(token))) return at + 1
    if (token.kind === 'punct' && token.text !== '-' && token.text !== '$') break
    if (objectStops.test(lower(token))) break
  }
  // Round 13: what is predicted is any noun phrase ("They predicted escalation",
  // "The critics predict a short run for the play"), up to punctuation or a
  // clause; not a verb ("predicted would fall").
  if (/^predict(s|ed)?$/.test(cue)) {
    let at = from
    for (; at < from + 8 && at < tokens.length; at++) {
      const token = tokens[at]
      if (token === undefined || token.kind === 'punct' || objectStops.test(lower(token))) break
      if (lexiconTags(lower(token)).some((tag) => /^(PastTense|Copula|Modal|Auxiliary)$/.test(tag)))
        return undefined
    }
    return at > from && at < from + 8 ? at : undefined
  }
  return undefined
}
