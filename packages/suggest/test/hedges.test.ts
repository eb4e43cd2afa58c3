import { uncertaintyKind } from '@scholion/core'
import { defaultHedgeLexicon, suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { compileLexicon, findHedges } from '../src/lib/hedges/find-hedges.js'

const cues = (text: string) =>
  findHedges(text, compileLexicon(defaultHedgeLexicon)).map((hedge) =>
    text.slice(hedge.start, hedge.end),
  )

describe('hedges', () => {
  it.each([
    ['The figures apparently do not account for them.', ['apparently']],
    ['The lists also seem to omit hundreds.', ['seem']],
    ['Many more may not have shown.', ['may']],
    ['The fate of the foreigners was unclear.', ['unclear']],
    ['The damage cannot be estimated.', ['cannot be estimated']],
    ['He was said to be ill and was reported to be in Moscow.', ['was said to', 'was reported to']],
    ['It reportedly might fail.', ['reportedly', 'might']],
    ['If true, I would say it failed.', ['If true', 'I would say']],
    ['Mr. Hawksley said he believed there are others.', ['believed']],
    ['We think it is over, but it is unlikely to last.', ['think', 'unlikely']],
    ["The Mayor's reported plan met the reports that he had quit.", ['reported', 'reports that']],
    ['There should even be no more surprises.', ['should']],
    ['There is a serious question as to whether he can win.', ['question as to whether']],
    ['The chief is expected back on Monday.', ['is expected']],
    ['Indications last night were that the vote would pass.', ['Indications']],
    ['The rookie figures to be the starter.', ['figures to be']],
    ['Bill White should be ready. He should be getting back.', ['should', 'should']],
    [
      'Pohl could receive from 1 to 15 years, and the strike could cost millions.',
      ['could receive', 'could cost'],
    ],
    ['Skorich was considered the logical choice.', ['was considered']],
    [
      'The plans were stolen, it was testified. It is understood the talks failed.',
      ['it was testified', 'It is understood'],
    ],
    ['It has been suggested that the two merge.', ['It has been suggested']],
    ['Charges in doubt', ['in doubt']],
    [
      'He said he did not know what would be done. Nobody knows how many came.',
      ['did not know what', 'Nobody knows how'],
    ],
    ['He was not sure it would pass.', ['not sure']],
    ['If so, the plan failed.', ['If so']],
    ['It appears the damage, if any, was slight.', ['appears', 'if any']],
    [
      'There is a chance that it will rain, and the likelihood grows.',
      ['chance that', 'likelihood'],
    ],
    ['The crew is feared lost and was believed dead.', ['is feared', 'was believed']],
    ['The victory was expected to come easily.', ['was expected to']],
    [
      'The purported letter was evidently potentially damaging.',
      ['purported', 'evidently', 'potentially'],
    ],
    ['Leave it so that it could be treated. Tetanus could be avoided.', ['could be']],
    ['Sources say the deal could collapse.', ['could collapse']],
    [
      'The deal could collapse, analysts said, and prices could rise.',
      ['could collapse', 'could rise'],
    ],
    [
      'The claim could not be independently verified. The report could not be confirmed.',
      ['not be independently verified', 'not be confirmed'],
    ],
    ['It has not been independently verified.', ['not been independently verified']],
    ['It remains to be seen whether it works.', ['remains to be seen']],
    ['It is not known how many died. It remains unclear who fired.', ['not known', 'unclear']],
    [
      'He is thought to be in hiding and appears to have fled; the bill is expected to pass.',
      ['is thought to', 'appears to', 'is expected'],
    ],
    ['The bill is likely to pass, and the story is unconfirmed.', ['likely', 'unconfirmed']],
    // scholion-hedges/6
    [
      'The plant will close in June, it was announced. It has been disclosed that the mill lost money.',
      ['it was announced', 'It has been disclosed'],
    ],
    ['The council was told Tuesday. We are told that the roof leaks.', ['was told', 'are told']],
    ['The pier, we had been led to believe, was safe.', ['led to believe']],
    ['There is reason to suspect the meter is broken.', ['reason to suspect']],
    ['The harvest, which promises to be large, is late.', ['promises to be']],
    ['They bought a clock attributed to Simon Willard.', ['attributed to']],
    [
      'The tower is widely regarded as a landmark and was long thought to be older.',
      ['regarded as', 'thought'],
    ],
    ['She denied the supposed feud.', ['supposed']],
    [
      'There were reports of looting, rumors of a strike, and reports say the mayor left.',
      ['reports of', 'rumors of', 'reports say'],
    ],
    ['Reports are that the mill will close.', ['Reports are']],
    ['Walkout feared The union met on Monday.', ['feared']],
    [
      'The guard is very doubtful for Saturday, and the gain is questionable.',
      ['doubtful', 'questionable'],
    ],
    [
      'Orders should reach a record, his putative heir surmised.',
      ['should reach', 'putative', 'surmised'],
    ],
    [
      'The odds favor a recount, and in all probability it will come.',
      ['odds favor', 'in all probability'],
    ],
    [
      'Delays can be expected, the judge is not expected to rule, and crowds are anticipated.',
      ['can be expected', 'is not expected', 'are anticipated'],
    ],
    ['Output is officially forecast at 90%.', ['forecast']],
    [
      'As I see it, the tax is, in my opinion and to my mind, unfair.',
      ['As I see it', 'in my opinion', 'to my mind'],
    ],
    ['We feel that the fee is too high.', ['feel']],
    [
      'A higher rate could bring inflation, and the plan could very well fail.',
      ['could bring', 'could very well'],
    ],
    [
      'The markets appear favorable and it looks as if rates will rise.',
      ['appear', 'it looks as if'],
    ],
    ['They will make the study and then report on possible changes.', ['possible']],
    [
      'Profits expected to rise were cited; the cause is yet to be determined and the date is not yet known.',
      ['expected to', 'yet to be determined', 'not yet known'],
    ],
    ['According to reports, the pact was signed.', ['reports']],
    ['The audit could lead to new charges.', ['could lead']],
    ['The damage, if any, was slight; few if any saw it.', ['if any', 'few if any']],
    ['There should be more than enough seats, and there might be a vote.', ['should', 'might']],
    [
      "I doubt the ferry runs, I'd say; I am told there are signs that the allegations of fraud spread.",
      ['doubt', "I'd say", 'am told', 'signs that', 'allegations of'],
    ],
    // scholion-hedges/7
    [
      'Nearly all the ferries were late, almost no one complained, and the lake is nearly as large as a county.',
      ['Nearly', 'almost', 'nearly'],
    ],
    [
      'Rents rose 3 per cent, or very close to that, and fees 2 per cent or thereabouts.',
      ['or very close to that', 'or thereabouts'],
    ],
    ['Receipts have climbed close to, or beyond, the cost of upkeep.', ['close to, or beyond']],
    [
      'The strike was read as a warning, and the vote is seen as a test.',
      ['was read as', 'is seen as'],
    ],
    [
      'It is now disclosed that the club owed rent. It has long been argued that the dam leaks.',
      ['It is now disclosed', 'It has long been argued'],
    ],
    ['Indication: the demand for coal is rising.', ['Indication:']],
    [
      'It is conceivable that the mill reopens; my guess is that it will.',
      ['conceivable', 'my guess is'],
    ],
    ['We may lose the vote, and one may doubt the count.', ['may', 'may']],
    [
      'I should think the fee is low; I gather the bridge is shut, one suspects for good, and I am inclined to believe it.',
      ['I should think', 'gather', 'suspects', 'inclined to believe'],
    ],
    // scholion-hedges/8
    [
      'Outwardly, the port is quiet, and the mayor is outwardly calm, but on the surface, all is well.',
      ['Outwardly,', 'outwardly', 'on the surface,'],
    ],
    [
      'To all appearances the talks went well; on the face of it, the fee is fair. On the surface, the plan is sound.',
      ['To all appearances', 'on the face of it', 'On the surface,'],
    ],
    [
      "The strike had ended, or so it seemed. The merger was a triumph. Or that's what it looked like then.",
      ['or so it seemed', "that's what it looked"],
    ],
    [
      'The new dam should eventually have a marked effect on rates, and the tax cut ought to provide some lift to sales.',
      ['should', 'ought to'],
    ],
    [
      'There were evidences of strain, and there is some evidence that the cure works.',
      ['evidences of', 'evidence that'],
    ],
    ['It is a book to which critics may well have returned.', ['may']],
    [
      'If memory serves, the bridge was, as far as we know, never finished; to our knowledge, it was never painted, if I am not mistaken.',
      ['If memory serves', 'as far as we know', 'to our knowledge', 'if I am not mistaken'],
    ],
    [
      'As far as I can tell, the fee was paid. It is hard to say what the vote means, and too early to tell.',
      ['As far as I can tell', 'hard to say', 'too early to tell'],
    ],
    // A pattern word does not run over a sentence end.
    ['It was odd, whatever it is. He could have been robbed.', ['could have']],
    // scholion-hedges/9
    [
      'The cause of the fire is not fully known, and the toll is not yet known.',
      ['not fully known', 'not yet known'],
    ],
    [
      'One often has the feeling that the play is too long; I had the impression that the fee was paid.',
      ['has the feeling that', 'had the impression that'],
    ],
    ['Seen from afar, the league looks like a fortress.', ['looks like']],
  ])('%s', (text, expected) => {
    expect(cues(text)).toEqual(expected)
  })

  it.each([
    ['the month', 'They met in May to vote.'],
    ['"appeared" without "to"', 'He appeared in court.'],
    ['"could" of ability', 'They could not find it.'],
    ['"possible" after a superlative', 'He will come at the earliest possible time.'],
    [
      '"may" in a purpose clause',
      'Funds were set so that an orderly start of the law may be effected.',
    ],
    [
      "a third person's belief",
      'Apparently not; he believes the plan works.'.replace('Apparently not; ', ''),
    ],
    ['the verb "reported"', 'The ministry reported that it had won.'],
    ['"should" of obligation', 'The offices should be combined, and the city should organize.'],
    ['"could" of ability', 'The city could hire a director.'],
    ['"could" of a person\'s deed', 'He could drop a slip, and they could increase the capacity.'],
    ['"could" in a purpose clause', 'He stood up so that he could rise.'],
    ['deliberation', 'The bill was considered in committee.'],
    ['"it was said" with its agent', 'It was said by the mayor that taxes would rise.'],
    ['a fulfilled expectation', 'Choice was expected. The selection had been expected.'],
    ['"may" of permission', 'Donations may be deposited at the bank, and members may apply.'],
    ['"possible" made so', 'The tax laws made such a step possible.'],
    ['not knowing how to do something', 'He did not know how to express it.'],
    ['"appears" of appearing', 'The motif, as it appeared in the opening scene, returns.'],
    ['a report as an event', 'The fire was reported Monday and the theft was reported to police.'],
    [
      'modals in purpose clauses',
      'It set up a room so the public could have access, in order that scholars might read.',
    ],
    // scholion-hedges/6
    [
      'a report with its agent after a time word',
      'The merger was final, it was announced Monday by the bank.',
    ],
    [
      'an order, a by-agent or a story',
      'The pupils were told to sit. He was told by a clerk. The tale is told in verse, the tale which is told.',
    ],
    ['boosters of reasons', 'There is no reason to believe it, and every reason to expect more.'],
    ["a person's promise", 'They promise to be on time.'],
    [
      "a person's own attribution, a prescription",
      'The loss, which he attributed to rain, must be attributed to the fund.',
    ],
    ['documents', 'The annual reports of the company were filed.'],
    [
      'a booster or a feeling',
      'I feel confident the bill will pass. I feel good. We believe in thrift.',
    ],
    ['"appeared" in the other senses', 'He appeared in court and appeared first in a magazine.'],
    ['"could" of a person\'s deed', 'He could bring his wife, and the captain could lead.'],
    ['"a sure sign"', 'It was a sure sign that spring had come.'],
    ['"may" of permission (2)', 'Patrons may sign up at the door or may send a check.'],
    ['a condition with "if any", a board', 'If any are left, the Board of Estimate will meet.'],
    ['compliance, documents', 'He did as he was told. The reading reports were handled.'],
    ['a condition with "should"', 'If prices should increase, we sell.'],
    [
      "an evaluation or a person's doubt",
      'It rests on questionable evidence, and some were doubtful about the plan.',
    ],
    [
      'a reporting verb before its object',
      'Police reported the theft. Vote was expected The count began.',
    ],
    [
      '"possible" of what can or cannot be done',
      'It is possible to fold the frame. It was not possible for us to stay, and no cure is possible.',
    ],
    [
      '"there would" and "there should" of a demand',
      'He feared there would be riots. There should be better bus service.',
    ],
    // scholion-hedges/7
    [
      'a view the text says is past',
      'A tonic that once was regarded as a cure sold well, and the river was once thought to be clean.',
    ],
    [
      'a likelihood created, removed or changed',
      'The rule cancels out the possibility of appeal, a new vote makes repeal a possibility, levees reduce the likelihood of floods, and dikes lessened the possibility of fire.',
    ],
    [
      'modals in a question of manner',
      'The engineers can tell how the pump could have failed so, or how the bridge could be built.',
    ],
    ['a modal of imagining', 'They built a city such as might be envisaged by a child.'],
    [
      '"may" of a construal granted',
      'We may call the plan a gamble, and one may rightly regard it as a revival.',
    ],
    [
      'degree words and denials',
      'The task is almost impossible, she was almost in tears, the pond is not nearly as deep, and we copied it as nearly as we could.',
    ],
    ['a time clause after "was seen"', 'The thief was seen as he left the bank.'],
    ['attributive "conceivable"', 'They studied every conceivable use of a plausible excuse.'],
    [
      "a third person's leaning, gathering, a hypothesis",
      'He is inclined to believe it. We gather up the nets. If one supposes the rate holds, it pays. If asked, we should say no.',
    ],
    // scholion-hedges/8
    [
      'modals in an embedded question',
      'Whether the dam could be saved is a matter of record. They asked whether it might rain.',
    ],
    [
      'modals in relative clauses',
      'These are the terms on which they might agree, whatever price it may fetch, no matter what trouble this might cause.',
    ],
    [
      'discourse formulas',
      'It might be added that the fee is low, and it may be noted that the hall is full.',
    ],
    ['a choice left to someone', 'Towns might join or not, as they saw fit.'],
    ['advice', 'We might as well wait, and the board may do well to ask.'],
    [
      '"may" announcing a step of the discourse',
      'We may now turn to costs. One may conclude that the dam holds, and you may recall that it rained.',
    ],
    [
      'limits of distance, difficulty or learning',
      'The road goes as far as one can go. The twins are hard to tell apart. It came to my knowledge late.',
    ],
    [
      '"outwardly" and "on the surface" of place',
      'The pins are driven outwardly, and oil lay on the surface, thick and dark, or on the surface of the pond.',
    ],
    [
      'a description, a duty',
      'The photos show what it looked like. The city should provide a shelter.',
    ],
    [
      'evidence as a thing, and its boosters',
      'The evidence of the crime was shown, and there is clear evidence that he lied.',
    ],
    // scholion-hedges/9
    [
      "a likeness, a character's feeling",
      'It looks like rain, and she looks like her aunt. He had the feeling that the bridge would hold.',
    ],
  ])('does not take %s for a hedge', (_, text) => {
    expect(cues(text)).toEqual([])
  })

  it('takes extra cues from the options, tagged with the lexicon version', () => {
    const { annotations } = suggest('The plan is notionally final.', {
      extraHedges: [{ cue: 'notionally', type: 'hedge', degree: 'medium' }],
    })
    const hedge = annotations.find((annotation) => annotation.kind === 'uncertainty')
    expect(hedge?.spans[0]?.exact).toBe('notionally')
    expect(hedge?.tags).toEqual(['lexicon:scholion-hedges/30'])
    expect(uncertaintyKind.schema.safeParse(hedge).success).toBe(true)
  })

  it('suggests approximators and vague quantities as vague-quantity uncertainties qualifying the figure', () => {
    const { annotations, relations } = suggest(
      'More than 2,000 foreigners and tens of thousands of Poles.',
    )
    const vague = annotations.filter((annotation) => annotation.kind === 'uncertainty')
    expect(vague.map((annotation) => annotation.spans[0]?.exact)).toEqual([
      'More than',
      'tens of thousands',
    ])
    expect(relations.filter((relation) => relation.type === 'qualifies').length).toBe(2)
  })

  it('suggests "-odd" after a number, and "over" before an age, but not "over" for "during"', () => {
    const { annotations } = suggest(
      'The 300-odd guests saw the slow changes in the valley over twenty years; the oaks are over ten years old.',
    )
    const vague = annotations.filter((annotation) => annotation.kind === 'uncertainty')
    expect(vague.map((annotation) => annotation.spans[0]?.exact)).toEqual(['-odd', 'over'])
  })

  it('suggests no uncertainty for an exact range ("between X and Y")', () => {
    const { annotations } = suggest('A salary between $20,000 and $25,000 a year.')
    expect(annotations.filter((annotation) => annotation.kind === 'uncertainty')).toEqual([])
    expect(annotations.filter((annotation) => annotation.kind === 'figure').length).toBe(1)
  })
})
