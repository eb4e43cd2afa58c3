/**
 * Speakers: merging the mentions of one speaker and resolving pronouns.
 */
import type { FoundAttribution, FoundMention, SpeakerType } from './find-attributions.js'
import { mentionGender, pronounTypes } from './word-classes.js'

/**
 * A speaker with all its mentions, in text order.
 *
 * @example
 * const speaker: ResolvedSpeaker = { index: 0, name: 'Anatoly Krayushkin', type: 'person', mentions: [], unresolved: false }
 */
export interface ResolvedSpeaker {
  /** Position in the list, used for ids. */
  readonly index: number
  /** Longest name seen. */
  readonly name: string
  /** Speaker type. */
  readonly type: SpeakerType
  /** Role words as written, when any. */
  readonly role?: string
  /** Mentions, in text order. */
  readonly mentions: readonly FoundMention[]
  /** True for a pronoun no speaker could be found for: left for review. */
  readonly unresolved: boolean
}

/** Options of {@link resolveSpeakers}. */
export interface ResolveSpeakersOptions {
  /**
   * How far back (UTF-16 code units) a pronoun looks for its speaker. Default:
   * `1500`, about two news paragraphs: beyond that, a reader would not resolve
   * "he" without reading again either.
   */
  readonly window?: number
  /**
   * The text, to let a pronoun find a person named earlier who speaks only later
   * ("Daniel led the fight. He told the committee …"; "Daniel said" comes
   * after). Default: none (only earlier speakers are candidates).
   */
  readonly text?: string
}

/**
 * Groups the speakers of `attributions`: mentions with the same key (a person's
 * surname, an organisation's head word) are one speaker; a pronoun goes to the
 * nearest earlier speaker of a fitting type within the window, or to a speaker of
 * its own marked `unresolved`. Returns the speakers and, for each attribution, the
 * index of its speaker.
 *
 * @example
 * resolveSpeakers([]).speakers // => []
 */
export function resolveSpeakers(
  attributions: readonly FoundAttribution[],
  options: ResolveSpeakersOptions = {},
): { speakers: ResolvedSpeaker[]; speakerOf: number[] } {
  const windowSize = options.window ?? 1500
  // About a sentence: a quotation's "I" right after its speaker's name.
  const iWindow = Math.min(windowSize, 200)
  const speakers: Array<{
    name: string
    type: SpeakerType
    role?: string
    mentions: FoundMention[]
    unresolved: boolean
    /** Evident gender of a person (title, given name, he/she already resolved to it). */
    gender: 'male' | 'female' | undefined
  }> = []
  const byKey = new Map<string, number>()
  // Last mention end per speaker, for "nearest fitting speaker".
  const lastSeen: number[] = []
  const speakerOf: number[] = []
  // Surnames of every named person speaker in the whole text, for the pronoun pass.
  const personKeys = new Map<string, FoundMention>()
  for (const attribution of attributions) {
    const key = attribution.mention.key
    if (key?.startsWith('person:') && !personKeys.has(key)) personKeys.set(key, attribution.mention)
  }
  const surnamePattern =
    options.text === undefined || personKeys.size === 0
      ? undefined
      : new RegExp(
          `\\b(?:${[...personKeys.keys()].map((key) => key.slice(7).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`,
          'gi',
        )
  for (const attribution of attributions) {
    const mention = attribution.mention
    let index: number | undefined
    const gender = mentionGender(mention.text)
    // "she" never goes to a man, nor "he" to a woman.
    const agrees = (known: 'male' | 'female' | undefined) =>
      gender === undefined || known === undefined || gender === known
    // "I" is the writer or narrator, or a quoted speaker introduced just before
    // (`Doe replied, "I would say …"`): it goes only to a speaker mentioned within
    // `iWindow`, else it stays a speaker of its own, left for review.
    if (mention.pronoun !== undefined) {
      const window = mention.pronoun === 'i' ? iWindow : windowSize
      const fits = pronounTypes.get(mention.pronoun) ?? []
      let best = -1
      let bestAt = -1
      for (let candidate = 0; candidate < speakers.length; candidate++) {
        const speaker = speakers[candidate]
        const at = lastSeen[candidate] ?? -1
        if (
          speaker === undefined ||
          speaker.unresolved ||
          !fits.includes(speaker.type) ||
          !agrees(speaker.gender)
        )
          continue
        if (at > bestAt && at <= mention.start && mention.start - at <= window) {
          best = candidate
          bestAt = at
        }
      }
      if (best >= 0) index = best
      // A person named in the text between that speaker and the pronoun, who is
      // a speaker somewhere in the text, is nearer and wins.
      if (
        surnamePattern !== undefined &&
        options.text !== undefined &&
        fits.includes('person') &&
        mention.pronoun !== 'i'
      ) {
        const from = Math.max(bestAt, mention.start - window, 0)
        const slice = options.text.slice(from, mention.start)
        let last: RegExpExecArray | undefined
        surnamePattern.lastIndex = 0
        for (
          let match = surnamePattern.exec(slice);
          match !== null;
          match = surnamePattern.exec(slice)
        ) {
          const key = `person:${match[0].toLowerCase()}`
          const known = byKey.get(key)
          const knownGender =
            known === undefined
              ? mentionGender(personKeys.get(key)?.text ?? '')
              : speakers[known]?.gender
          if (agrees(knownGender)) last = match
        }
        if (last !== undefined) {
          const key = `person:${last[0].toLowerCase()}`
          const known = byKey.get(key)
          const named = personKeys.get(key)
          if (known !== undefined) index = known
          else if (named !== undefined) {
            index = speakers.length
            speakers.push({
              name: named.name,
              type: 'person',
              ...(named.role === undefined ? {} : { role: named.role }),
              mentions: [],
              unresolved: false,
              gender: mentionGender(named.text),
            })
            byKey.set(key, index)
          }
        }
      }
    } else if (mention.key !== undefined) {
      index = byKey.get(mention.key)
    }
    if (index === undefined) {
      index = speakers.length
      speakers.push({
        name: mention.name,
        type: mention.type,
        ...(mention.role === undefined ? {} : { role: mention.role }),
        mentions: [],
        unresolved: mention.pronoun !== undefined,
        gender: mention.type === 'person' ? gender : undefined,
      })
      if (mention.key !== undefined) byKey.set(mention.key, index)
    }
    const speaker = speakers[index]
    if (speaker !== undefined) {
      if (!speaker.mentions.some((known) => known.start === mention.start))
        speaker.mentions.push(mention)
      if (
        mention.pronoun === undefined &&
        mention.name.length > speaker.name.length &&
        mention.type === speaker.type
      )
        speaker.name = mention.name
      if (speaker.role === undefined && mention.role !== undefined) speaker.role = mention.role
      // "He said …" resolved to a person fixes the person's gender for later pronouns.
      if (speaker.type === 'person' && speaker.gender === undefined) speaker.gender = gender
    }
    lastSeen[index] = Math.max(lastSeen[index] ?? -1, mention.end)
    speakerOf.push(index)
  }
  return {
    speakers: speakers.map((speaker, index) => ({
      index,
      name: speaker.name,
      type: speaker.type,
      ...(speaker.role === undefined ? {} : { role: speaker.role }),
      mentions: speaker.mentions.toSorted((a, b) => a.start - b.start),
      unresolved: speaker.unresolved,
    })),
    speakerOf,
  }
}
