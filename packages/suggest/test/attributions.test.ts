import { claimKind, speakerKind } from '@scholion/core'
import { suggest } from '@scholion/suggest'
import { describe, expect, it } from 'vitest'
import { claims } from './helpers/claims.js'

describe('attributions', () => {
  it.each([
    [
      'Gen Krayushkin said the archives listed prisoners.',
      { content: ['the archives listed prisoners'], mode: 'indirect', speaker: ['Gen Krayushkin'] },
    ],
    [
      "'The number is higher,' Gen Krayushkin said.",
      { content: ["'The number is higher,'"], mode: 'direct', speaker: ['Gen Krayushkin'] },
    ],
    [
      'The plan failed, a ministry spokesman said.',
      { content: ['The plan failed'], speaker: ['a ministry spokesman'] },
    ],
    [
      'Doctors at the hospital said she was stable.',
      { content: ['she was stable'], speaker: ['Doctors at the hospital'] },
    ],
    ['Police said two men were held.', { content: ['two men were held'], speaker: ['Police'] }],
    [
      'According to the agency, the talks failed.',
      { content: ['the talks failed'], cue: 'according to' },
    ],
    [
      'The talks failed, according to Itar-Tass.',
      { content: ['The talks failed'], speaker: ['Itar-Tass'] },
    ],
    [
      'He complained that the "rules were unfair" to him.',
      { content: ['the "rules were unfair" to him'], mode: 'mixed' },
    ],
    [
      'Appointment of John Doe as manager was announced Saturday by John F. Tims, president.',
      { content: ['Appointment of John Doe as manager'], speaker: ['John F. Tims'] },
    ],
    [
      'Mitchell decried the rate of unemployment and said the state "must share the blame".',
      { content: ['the state "must share the blame"'], speaker: ['Mitchell'] },
    ],
    [
      'The city should hire a director, Raymond H. Hawksley, the city CD head, believes.',
      { content: ['The city should hire a director'], speaker: ['Raymond H. Hawksley'] },
    ],
    [
      'The city needs a new office. Mr. Hawksley said.',
      { content: ['The city needs a new office'], speaker: ['Mr. Hawksley'] },
    ],
    [
      'He expressed the opinion the city could hire a director.',
      { content: ['the city could hire a director'], speaker: ['He'] },
    ],
    [
      'The union announced it would strike, and its leaders indicated they could wait.',
      {
        content: ['it would strike, and its leaders indicated they could wait'],
        speaker: ['The union'],
      },
    ],
    [
      'Taxes must rise, John K. Doe, deputy director of the budget office told members of the club.',
      {
        content: ['Taxes must rise'],
        speaker: ['John K. Doe, deputy director of the budget office'],
      },
    ],
    [
      'They debated a remark by Mary Roe, the party chairman, that the tax "will not pass".',
      { content: ['the tax "will not pass"'], cue: 'remark', speaker: ['Mary Roe'] },
    ],
    [
      'The announcement that the city would sue was made by City Solicitor Ann Poe.',
      { content: ['the city would sue'], speaker: ['City Solicitor Ann Poe'] },
    ],
    [
      'The mayor was quoted as saying the plan was dead.',
      { content: ['the plan was dead'], speaker: ['The mayor'] },
    ],
    [
      'Asked to elaborate, Paul Kane, White House press secretary, replied, "Not yet".',
      {
        content: ['"Not yet"'],
        mode: 'direct',
        speaker: ['Paul Kane, White House press secretary'],
      },
    ],
    [
      'A spokesman for the ministry said the talks failed.',
      { content: ['the talks failed'], speaker: ['A spokesman for the ministry'] },
    ],
    [
      'Prosecutor Fred Lewis, who tried both the Hengesbach and Pohl cases, said he did not know.',
      { content: ['he did not know'], speaker: ['Prosecutor Fred Lewis'] },
    ],
    [
      'Mrs. Olive Heideman, of rural Elsie, said that a ballot was taken.',
      { content: ['a ballot was taken'], speaker: ['Mrs. Olive Heideman'] },
    ],
    ['Wiley, 38, said he left early.', { content: ['he left early'], speaker: ['Wiley'] }],
    [
      '"Pittsburgh is the team to beat", Mauch said here the other day.',
      { content: ['"Pittsburgh is the team to beat"'], speaker: ['Mauch'] },
    ],
    [
      '"I have to stay with Nieman for a while", Hemus said.',
      { content: ['"I have to stay with Nieman for a while"'], speaker: ['Hemus'] },
    ],
    [
      'When the verdict came in, Hengesbach said:\n\n"I am very pleased."',
      { content: ['"I am very pleased."'], mode: 'direct', speaker: ['Hengesbach'] },
    ],
    [
      'The plans were stolen by a spy ring, secret service agents testified today.',
      { content: ['The plans were stolen by a spy ring'], speaker: ['secret service agents'] },
    ],
    [
      '"I will not grant bail", said the magistrate, K.J.P. Baraclough.',
      { content: ['"I will not grant bail"'], speaker: ['the magistrate'] },
    ],
    [
      '"From its beginning", the trustees\' statement said Friday, "Emory has served".',
      {
        content: ['"From its beginning"', '"Emory has served"'],
        speaker: ["the trustees' statement"],
      },
    ],
    [
      'But an official statement adopted by the Emory board at its meeting Friday noted that taxes are a roadblock.',
      { content: ['taxes are a roadblock'], speaker: ['an official statement'] },
    ],
    [
      'But she does indicate festivities will start early.',
      { content: ['festivities will start early'], speaker: ['she'] },
    ],
    [
      'In their cottage the crown charges, the Krogers received secrets.',
      { content: ['the Krogers received secrets'], speaker: ['the crown'] },
    ],
    ['He also admitted killing the guard.', { content: ['killing the guard'], speaker: ['He'] }],
    [
      'Solly Hemus announced a switch in his starting pitcher.',
      { content: ['a switch in his starting pitcher'], speaker: ['Solly Hemus'] },
    ],
    [
      'The mayor reminded the council that the budget was due.',
      { content: ['the budget was due'], speaker: ['The mayor'] },
    ],
    [
      'Dr. Brodie explains, "Teeth move slowly".',
      { content: ['"Teeth move slowly"'], speaker: ['Dr. Brodie'] },
    ],
    [
      'A soldier wrote that the food was poor.',
      { content: ['the food was poor'], speaker: ['A soldier'] },
    ],
    [
      'The chairman pointed out that the fund was empty.',
      { content: ['the fund was empty'], speaker: ['The chairman'] },
    ],
    [
      'The mayor, speaking at a luncheon, said the city would grow.',
      { content: ['the city would grow'], speaker: ['The mayor'] },
    ],
    [
      'The report, issued Monday, said costs would rise.',
      { content: ['costs would rise'], speaker: ['The report'] },
    ],
    [
      'Sen. John Doe (D-Tex.) said the bill would pass.',
      { content: ['the bill would pass'], speaker: ['Sen. John Doe'] },
    ],
    [
      'It was announced by the mayor that taxes would rise.',
      { content: ['taxes would rise'], speaker: ['the mayor'] },
    ],
    [
      'The senator, a Democrat, insisted the vote was fair.',
      { content: ['the vote was fair'], speaker: ['The senator'] },
    ],
    [
      'Gov. Price Daniel said in Austin that the session would end.',
      { content: ['the session would end'], speaker: ['Gov. Price Daniel'] },
    ],
    ['Smith, however, said the plan failed.', { content: ['the plan failed'], speaker: ['Smith'] }],
    [
      'Jones, in a statement, said the deal was off.',
      { content: ['the deal was off'], speaker: ['Jones'] },
    ],
    [
      'Witnesses told police the car sped away.',
      { content: ['the car sped away'], speaker: ['Witnesses'] },
    ],
    [
      'The prosecutor told the jury the man was guilty.',
      { content: ['the man was guilty'], speaker: ['The prosecutor'] },
    ],
    [
      'He told the court his client was innocent.',
      { content: ['his client was innocent'], speaker: ['He'] },
    ],
    [
      'One official who asked not to be named said the plan was dead.',
      { content: ['the plan was dead'], speaker: ['One official'] },
    ],
    [
      'A man who lives nearby said he heard shots.',
      { content: ['he heard shots'], speaker: ['A man'] },
    ],
    [
      'The chief said the men were armed.',
      { content: ['the men were armed'], speaker: ['The chief'] },
    ],
    [
      'The defendant, John Doe, 31, of 123 Elm St., testified he was home.',
      { content: ['he was home'], speaker: ['John Doe'] },
    ],
    [
      'Union President Walter Reuther called the move "a disgrace".',
      { content: ['the move "a disgrace"'], speaker: ['Union President Walter Reuther'] },
    ],
    [
      'Daniel termed "extremely conservative" his estimate.',
      { content: ['"extremely conservative"'], speaker: ['Daniel'] },
    ],
    ['He went on to say the war was over.', { content: ['the war was over'], speaker: ['He'] }],
    [
      'The mayor, who said the plan failed, left.',
      { content: ['the plan failed'], speaker: ['The mayor'] },
    ],
    [
      'Dirksen predicted the vote would be close.',
      { content: ['the vote would be close'], speaker: ['Dirksen'] },
    ],
    [
      'Officials believe the fire was set.',
      { content: ['the fire was set'], speaker: ['Officials'] },
    ],
    [
      'Some viewed the attempt as evidence that he was vain.',
      { content: ['the attempt as evidence that he was vain'], speaker: ['Some'] },
    ],
    // Time and circumstance adverbials between the cue and its clause (modern wire style).
    [
      'Officials said on Tuesday that the bridge would stay closed.',
      { content: ['the bridge would stay closed'], speaker: ['Officials'] },
    ],
    [
      'Police said on Tuesday night that the road was shut.',
      { content: ['the road was shut'], speaker: ['Police'] },
    ],
    [
      'The officials said on March 3 that the bridge was safe.',
      { content: ['the bridge was safe'], speaker: ['The officials'] },
    ],
    [
      'The ministry said on 3 March that rates rose.',
      { content: ['rates rose'], speaker: ['The ministry'] },
    ],
    [
      'The minister said on Monday the budget was balanced.',
      { content: ['the budget was balanced'], speaker: ['The minister'] },
    ],
    [
      'The company said earlier this month that profits fell.',
      { content: ['profits fell'], speaker: ['The company'] },
    ],
    [
      'Police said on Twitter that the road was shut.',
      { content: ['the road was shut'], speaker: ['Police'] },
    ],
    [
      'The mayor said at a news conference that taxes would rise.',
      { content: ['taxes would rise'], speaker: ['The mayor'] },
    ],
    // Post-modifiers of unnamed sources belong to the speaker mention.
    [
      'The plan failed, according to a source familiar with the matter.',
      { content: ['The plan failed'], speaker: ['a source familiar with the matter'] },
    ],
    [
      'The deal is off, said a person close to the talks.',
      { content: ['The deal is off'], speaker: ['a person close to the talks'] },
    ],
    [
      'It collapsed, according to two people with knowledge of the deal.',
      { content: ['It collapsed'], speaker: ['two people with knowledge of the deal'] },
    ],
    [
      'A source close to the family said the boy was safe.',
      { content: ['the boy was safe'], speaker: ['A source close to the family'] },
    ],
    // Round 5: appositions, organisations, circumstances, new cues.
    [
      'Ann Lee, owner of the bakery on Main Street, says sales are up.',
      { content: ['sales are up'], speaker: ['Ann Lee'] },
    ],
    [
      '"Rates will fall", Carl J. Dunn, economist of First State Bank, Denver, predicted at a dinner here Monday.',
      { content: ['"Rates will fall"'], speaker: ['Carl J. Dunn'] },
    ],
    [
      'Ruth Baker, Secretary of the Harbor Board, thought the pier was unsafe.',
      { content: ['the pier was unsafe'], speaker: ['Ruth Baker'] },
    ],
    [
      'Up stood farmer Brandt, who said he would stay.',
      { content: ['he would stay'], speaker: ['farmer Brandt'] },
    ],
    [
      'The division said the road would stay shut.',
      { content: ['the road would stay shut'], speaker: ['The division'] },
    ],
    [
      'Ruth Hale, who told him, "A friend that leaves must write".',
      { content: ['"A friend that leaves must write"'], speaker: ['Ruth Hale'] },
    ],
    [
      '"We accept the offer", it said translated.',
      { content: ['"We accept the offer"'], speaker: ['it'] },
    ],
    [
      'Critics claim the new law is unfair.',
      { content: ['the new law is unfair'], speaker: ['Critics'] },
    ],
    [
      'Growers are so busy that they hire less help, dealers report.',
      { content: ['Growers are so busy that they hire less help'], speaker: ['dealers'] },
    ],
    [
      '"I sold my first painting at nineteen", she reminisces.',
      { content: ['"I sold my first painting at nineteen"'], speaker: ['she'] },
    ],
    [
      'He thought it proved that the town was right.',
      { content: ['it proved that the town was right'], speaker: ['He'] },
    ],
    [
      'Mayor Dunn sharply rejected the plan, declaring that it "would ruin the town".',
      { content: ['it "would ruin the town"'], speaker: ['Mayor Dunn'], cue: 'declaring' },
    ],
    [
      'Nine of the ten companies say orders rose.',
      { content: ['orders rose'], speaker: ['Nine of the ten companies'] },
    ],
    [
      'Ellen Ward, 52, of Park Road, complained of chest pains after the crash.',
      { content: ['chest pains'], speaker: ['Ellen Ward'] },
    ],
    [
      'The Hales reported the loss of a ring on Monday.',
      { content: ['the loss of a ring on Monday'], speaker: ['The Hales'] },
    ],
    [
      'The senator called the tax bill a shameless giveaway, and left.',
      { content: ['the tax bill a shameless giveaway'], speaker: ['The senator'] },
    ],
    [
      'The new members, announced Monday by the club in Boston, include two doctors.',
      {
        content: ['The new members', 'include two doctors'],
        speaker: ['the club in Boston'],
      },
    ],
    [
      "In announcing Kemp's retirement, the bank also named his successor.",
      { content: ["Kemp's retirement"], speaker: ['the bank'], cue: 'announcing' },
    ],
    [
      'She is a young pianist who Mr. Hale had predicted would have a great career.',
      { content: ['would have a great career'], speaker: ['Mr. Hale'] },
    ],
    ['"Not yet", he said.', { content: ['"Not yet"'], speaker: ['he'] }],
    [
      'The camp is fine, the scout wrote, "though the food is bad".',
      { content: ['"though the food is bad"'], speaker: ['the scout'] },
    ],
    [
      'But Elm Street merchants, those who use the lot, say the fee is too high.',
      { content: ['the fee is too high'], speaker: ['Elm Street merchants'] },
    ],
    [
      'He thanked the staff and then added that he would return.',
      { content: ['he would return'], speaker: ['He'] },
    ],
    [
      'Councilmen returning from the retreat say the budget is tight.',
      { content: ['the budget is tight'], speaker: ['Councilmen'] },
    ],
    [
      'The editorial also said that the mayor had erred.',
      { content: ['the mayor had erred'], speaker: ['The editorial'] },
    ],
    [
      'The Weather Bureau declared as recently as May 2 that the drought was over.',
      { content: ['the drought was over'], speaker: ['The Weather Bureau'] },
    ],
    [
      'The governor said in a speech to the Rotary Club that taxes would fall.',
      { content: ['taxes would fall'], speaker: ['The governor'] },
    ],
    [
      'The gentle Harlow, admired by all his pupils, stern or lazy, wrote to a friend that the school was cold.',
      { content: ['the school was cold'], speaker: ['The gentle Harlow'] },
    ],
    [
      'For this reason, he says, the budget must grow.',
      { content: ['For this reason', 'the budget must grow'], speaker: ['he'] },
    ],
    [
      'The typical lunch, says Dr. Moss, contains too much salt.',
      { content: ['The typical lunch', 'contains too much salt'], speaker: ['Dr. Moss'] },
    ],
    [
      'The plan, said the mayor, will fail.',
      { content: ['The plan', 'will fail'], speaker: ['the mayor'] },
    ],
    [
      '"The park", said Mrs. Ann Lund, a member of the board since 1950, "is our pride".',
      { content: ['"The park"', '"is our pride"'], speaker: ['Mrs. Ann Lund'] },
    ],
    [
      '"That is a fine quote", said the writer, scratching his head.',
      { content: ['"That is a fine quote"'], speaker: ['the writer'] },
    ],
    [
      'The judge ruled that the search was illegal.',
      { content: ['the search was illegal'], speaker: ['The judge'] },
    ],
    [
      'He reiterated that the budget was sound.',
      { content: ['the budget was sound'], speaker: ['He'] },
    ],
    [
      'The suit alleged that the firm hid its losses.',
      { content: ['the firm hid its losses'], speaker: ['The suit'] },
    ],
    [
      'The mayor expressed confidence that the bond issue would pass.',
      { content: ['the bond issue would pass'], speaker: ['The mayor'] },
    ],
    [
      'This, he claims, would explain the rise.',
      { content: ['This', 'would explain the rise'], speaker: ['he'] },
    ],
    [
      'Jane Roe, the poet, writes in her preface to the book that the author deserves a prize.',
      { content: ['the author deserves a prize'], speaker: ['Jane Roe'] },
    ],
    [
      'Mrs. Hale said her son had been missing since Tuesday.',
      { content: ['her son had been missing since Tuesday'], speaker: ['Mrs. Hale'] },
    ],
    [
      'The defendant testified he was at home.',
      { content: ['he was at home'], speaker: ['The defendant'] },
    ],
    [
      'The ministers said in a joint statement the talks would resume.',
      { content: ['the talks would resume'], speaker: ['The ministers'] },
    ],
    [
      'Sources close to the governor said he would run.',
      { content: ['he would run'], speaker: ['Sources close to the governor'] },
    ],
    [
      'Police reported two new cases of theft.',
      { content: ['two new cases of theft'], speaker: ['Police'] },
    ],
    [
      'The economist expects prices to rise next year.',
      { content: ['prices to rise next year'], speaker: ['The economist'] },
    ],
    [
      '"It is a fine plan," he said of the proposal.',
      { content: ['"It is a fine plan,"'], speaker: ['he'] },
    ],
    ['Doe, according to the police, fled.', { content: ['Doe', 'fled'], speaker: ['the police'] }],
    ['He made it clear that he would not run.', { content: ['he would not run'], speaker: ['He'] }],
    [
      'Thesis refuted Dunn sharply refuted the thesis, declaring that it would fail.',
      { content: ['it would fail'], speaker: ['Dunn'], cue: 'declaring' },
    ],
    [
      'Bankers claim only they can do the job.',
      { content: ['only they can do the job'], speaker: ['Bankers'] },
    ],
    [
      'The mayor feels the plan is sound.',
      { content: ['the plan is sound'], speaker: ['The mayor'] },
    ],
    ['He fears that the dam will break.', { content: ['the dam will break'], speaker: ['He'] }],
    ['He regards the plan as a failure.', { content: ['the plan as a failure'], speaker: ['He'] }],
    [
      'The governor is confident that the bill will pass.',
      { content: ['the bill will pass'], speaker: ['The governor'] },
    ],
    [
      '"We will be ready," said Smith, whose team plays Friday.',
      { content: ['"We will be ready,"'], speaker: ['Smith'] },
    ],
    [
      'Coach Royal said of Moritz: "He is a fine kicker".',
      { content: ['"He is a fine kicker"'], speaker: ['Coach Royal'] },
    ],
    [
      'Royal had this to say: "He is a fine kicker".',
      { content: ['"He is a fine kicker"'], speaker: ['Royal'] },
    ],
    [
      'Here is what the coach said: "We were lucky".',
      { content: ['"We were lucky"'], speaker: ['the coach'] },
    ],
    [
      'Eventually, says Dr. Keys, one of two things happens.',
      { content: ['one of two things happens'], speaker: ['Dr. Keys'] },
    ],
    [
      'If he bites a playmate she says, "Danny will not like you".',
      { content: ['"Danny will not like you"'], speaker: ['she'] },
    ],
    [
      'The senator called the plan unworkable.',
      { content: ['the plan unworkable'], speaker: ['The senator'] },
    ],
    [
      'In reporting the loss, the company said sales fell.',
      { content: ['the loss'], speaker: ['the company'], cue: 'reporting' },
    ],
    [
      'Among dealers asked, two out of three report their sales show gains.',
      { content: ['their sales show gains'], speaker: ['two out of three'] },
    ],
    [
      'Each of the candidates said he would run.',
      { content: ['he would run'], speaker: ['Each of the candidates'] },
    ],
    [
      'Jones told him, however, that she was tired.',
      { content: ['she was tired'], speaker: ['Jones'] },
    ],
    [
      'She was glad, for it proved her argument that the town will grow.',
      { content: ['the town will grow'], speaker: ['her'] },
    ],
    // Round 7: knowledge and belief of a third party.
    [
      'The governor knew that the bridge would fail.',
      { content: ['the bridge would fail'], speaker: ['The governor'] },
    ],
    [
      'But the mayor had become convinced that a new tax was the only way out.',
      { content: ['a new tax was the only way out'], speaker: ['the mayor'] },
    ],
    // Documents and laws as speakers; a place after a document is no speaker.
    [
      'The new rules inform a tenant that he must pay on time.',
      { content: ['he must pay on time'], speaker: ['The new rules'] },
    ],
    [
      'The joint announcements in Paris and Bonn stressed that no treaty was planned.',
      { content: ['no treaty was planned'], speaker: ['The joint announcements'] },
    ],
    // "in the words of X" like "according to X".
    [
      'Or, in the words of an old judge, "The law is blind to the purse."',
      { content: ['"The law is blind to the purse."'], speaker: ['an old judge'] },
    ],
    [
      'The clerk was, in the words of the judge, "a model of patience", and kept his post.',
      { content: ['"a model of patience"'], speaker: ['the judge'] },
    ],
    [
      'Last Friday the ministry announced:\n\nThe talks will open in Geneva on May 3.\n\nNo agenda was given.',
      { content: ['The talks will open in Geneva on May 3.'], cue: 'announced' },
    ],
    [
      'Waco, Tex. -- Farm dealer Tom Hale leans on a fence and tells of a rise in sales: "We sold ten tractors."',
      { content: ['"We sold ten tractors."'], speaker: ['Farm dealer Tom Hale'] },
    ],
    [
      'A philosopher may point out that the war began with Cain.',
      { content: ['the war began with Cain'], speaker: ['A philosopher'] },
    ],
    [
      'The report points out that costs rose.',
      { content: ['costs rose'], speaker: ['The report'] },
    ],
    [
      '"We will never give up", he replied to the crowd at the rally.',
      { content: ['"We will never give up"'], speaker: ['he'] },
    ],
    [
      'Many doctors consider the diet a danger to the heart.',
      { content: ['the diet a danger'], speaker: ['Many doctors'] },
    ],
    ['He considered it unfair.', { content: ['it unfair'], speaker: ['He'] }],
    // Nouns of saying with their source: a name before, "from X", a verb passing it on.
    [
      'The vote tended to confirm the U. S. belief that the talks were a stall.',
      { content: ['the talks were a stall'], speaker: ['the U. S.'] },
    ],
    [
      'The ministry reacted to a cry from the government of Chad that rebels had crossed the border.',
      { content: ['rebels had crossed the border'], speaker: ['the government of Chad'] },
    ],
    [
      'Soon after Smith leaked the news that the mayor had resigned, the council met.',
      { content: ['the mayor had resigned'], speaker: ['Smith'] },
    ],
    // A present tense like the past ("describes … as"), a date after "who", a
    // negated judgement, a time phrase after a quotation's cue.
    [
      'In his memoir, Doe describes the old mill, the pride of the valley, as "a cathedral of flour".',
      {
        content: ['the old mill, the pride of the valley, as "a cathedral of flour"'],
        speaker: ['Doe'],
      },
    ],
    [
      'The man was Count Rudolf 3, of the Saxons, who in 1702 concluded that he must build a fleet.',
      { content: ['he must build a fleet'], speaker: ['Count Rudolf 3'] },
    ],
    [
      'Local officials have not regarded this as their duty.',
      { content: ['this as their duty'], speaker: ['Local officials'] },
    ],
    [
      '"We will win the cup", Doe had said one afternoon during the trials.',
      { content: ['"We will win the cup"'], speaker: ['Doe'] },
    ],
  ])('%s', (text, expected) => {
    expect(claims(suggest(text))[0]).toMatchObject(expected)
  })

  it('gives a second cue after "and" the speaker of the first ("he said, and added …")', () => {
    const result = claims(
      suggest('The road is not finished, he said, and added the bridge would open in May.'),
    )
    expect(result.map((claim) => [claim.cue, claim.content, claim.speaker])).toEqual([
      ['said', ['The road is not finished'], ['he']],
      ['added', ['the bridge would open in May'], ['he']],
    ])
  })

  it('takes a belief inside what the same speaker said for no second claim', () => {
    const result = claims(suggest('She said she thought the man was from out of town.'))
    expect(result.map((claim) => claim.cue)).toEqual(['said'])
  })

  it('gives a second cue after "but" the speaker of the first', () => {
    const result = claims(
      suggest('He said the plan would cost $5 million, but added that it was worth it.'),
    )
    expect(result.map((claim) => [claim.cue, claim.speaker])).toEqual([
      ['said', ['He']],
      ['added', ['He']],
    ])
  })

  it("takes agreement inside what a speaker said for that speaker's report", () => {
    const result = claims(suggest('She said the jurors agreed that the will was valid.'))
    expect(result.map((claim) => claim.cue)).toEqual(['said'])
  })

  it.each([
    ['Yet, he said, the plan could still fail.', 'the plan could still fail'],
    ['In addition, he said, the plan could still fail.', 'the plan could still fail'],
  ])('takes no adverbial before an interrupting cue for content: %s', (text, content) => {
    expect(claims(suggest(text)).map((claim) => claim.content)).toEqual([[content]])
  })

  it.each([
    ['a phrase ending in a link word', 'She sat at her desk today and recalled that cold winter.'],
    [
      'the object of "by"',
      'Its steady use by dance troupes of the old empire indicates that the style survives.',
    ],
    ['a plural noun after an adjective', 'It was a league of independent states that must fail.'],
    ['a present plural after a singular article', 'It was in a police report that the man fled.'],
    ['a free relative', 'Whatever the critics thought, the public loved it.'],
    ['an object pronoun', 'She trusts the doctor and believes him completely.'],
    ['a headline noun as the subject', 'Thesis refuted the plan, declaring that it would fail.'],
    ['"I insist"', 'It is, I insist, hard to define the change.'],
    ['"that" as a determiner', 'He recalled that cold winter in 1947.'],
    ['an intention', 'He expected to win.'],
    ['a participle after a group noun', 'Among the shops asked, most were busy.'],
    [
      'a headline run into the sentence',
      'Three of four report gains Among shops in the city, most were busy.',
    ],
    ['"called" with a place', 'He called the dog inside.'],
    ['the subject of a condition', 'If the mayor really feels he was wronged, he can sue.'],
    ['"as much as to say"', 'She roared, as much as to say: "Go away".'],
    ['an interjection capitalized by its place', 'Well, you say, those are fine words.'],
    ['a hope to act', 'He hopes to mend that fence, starting with the barn.'],
    ["the writer's own conviction", 'I am convinced that the plan will work.'],
    ['a passive judgement', 'The plan is regarded as a yardstick.'],
    ['a passive expectation', 'He is expected to resign.'],
    ["the speaker's own expectation", 'I would expect that sales will rise.'],
    ['a noun after a singular organisation', 'The FBI report during the trial was sealed.'],
    ['a subject with a copula', 'The governor is reported to have said that he would run.'],
    ['"believed in"', 'He believed in making long speeches.'],
    ['"adds to"', 'The music adds to the charm of the evening.'],
    ['"All told"', 'All told, the show is a hit.'],
    ['a plural noun after a determiner', 'These comments have been printed in a magazine.'],
    ['a name after "called"', 'It ends with a lively dance called "Gossips".'],
    ['a thing told', 'He rarely tells a personal story and hardly ever sketches a face.'],
    ['a saying that is only possible', 'At times we can say that it was the main cause.'],
    ['a saying that was due', 'He should have said "sorry", for that is what he meant.'],
    ['a pronoun after a preposition', 'Both parties will insist on that before they sign.'],
    [
      'a relative clause after a circumstance',
      'She wrote to Smith a note that contained a warning.',
    ],
    ['a negative subject', 'No one complained about the coffee.'],
    ['"called" as naming or summoning', 'She called the police a second time. He called it a day.'],
    ["the writer's own knowledge", 'We knew that the bridge would fail.'],
    ['what we may point out', 'We may point out that the war began early.'],
    ['a response to something', 'Parents have responded generously to the appeals for money.'],
    ['knowledge we all share', 'We all know that the mill is closed.'],
    ['deliberation', 'He considered the offer for a week. I consider it a scandal.'],
    [
      'a description without a judgement',
      'Figure 1 describes the results of this trial, as well as the costs of the old method.',
    ],
    ['a relative "that" after a noun of saying', 'The report that was filed yesterday is long.'],
  ])('makes no claim of %s', (_, text) => {
    expect(claims(suggest(text))).toEqual([])
  })

  it("takes a third party's report nested in a quotation as a claim of its own", () => {
    const result = claims(
      suggest('"This year the coach told me he could use me as a kicker", said Doe.'),
    )
    expect(result).toMatchObject([
      { content: ['"This year the coach told me he could use me as a kicker"'], speaker: ['Doe'] },
      { content: ['he could use me as a kicker'], speaker: ['the coach'] },
    ])
  })

  it('takes no nested report of the quoted speaker\'s own "I said"', () => {
    expect(claims(suggest('"I said no to all of them", he added.'))).toHaveLength(1)
  })

  it('goes on with the speaker after a participle ("he said but adding that …")', () => {
    const result = claims(
      suggest(
        '"We must persuade them", he said but adding that if they fail it will lack loyalty.',
      ),
    )
    expect(result.map((claim) => [claim.cue, claim.content, claim.speaker])).toEqual([
      ['said', ['"We must persuade them"'], ['he']],
      ['adding', ['if they fail it will lack loyalty'], ['he']],
    ])
  })

  it('takes "reports that" after a preposition for a noun, not a cue', () => {
    expect(claims(suggest('Resentment grew at reports that the Mayor had decided.'))).toEqual([])
  })

  it('merges the mentions of one person', () => {
    const text =
      'Councilman William D. Schaefer said the budget was short. Mr. Schaefer told reporters the city would cut jobs.'
    const result = claims(suggest(text))
    expect(result.length).toBe(2)
    expect(result[1]?.speaker).toEqual(['Councilman William D. Schaefer', 'Mr. Schaefer'])
  })

  it('takes a phrase headed by an organisation word for no person ("the State Department")', () => {
    const result = claims(
      suggest(
        'Mr. Rusk said the talks went well. The State Department said they failed. He said it was over.',
      ),
    )
    expect(result[2]?.speaker).toEqual(['Mr. Rusk', 'He'])
  })

  it('takes a speaker noun capitalized at the sentence start for no name ("Witnesses")', () => {
    const result = claims(
      suggest(
        'Mr. Smith said it rained. Witnesses told police the car sped away. He said it was over.',
      ),
    )
    expect(result[2]?.speaker).toEqual(['Mr. Smith', 'He'])
  })

  it('takes no sentence-initial article for a surname ("The President")', () => {
    const result = claims(
      suggest(
        'The President added that he hoped Congress would act. Sen. Everett Dirksen told reporters he doubted the bill would pass. "It just won\'t go", he said.',
      ),
    )
    expect(result[2]?.speaker).toEqual(['Sen. Everett Dirksen', 'he'])
  })

  it('resolves a pronoun to the nearest fitting speaker', () => {
    const result = claims(
      suggest('Mr. Schaefer said the budget was short. He said the city would cut jobs.'),
    )
    expect(result[1]?.speaker).toEqual(['Mr. Schaefer', 'He'])
  })

  it.each([
    [
      'she after a man',
      '"We will win," said John Smith. She added that the decision was final.',
      ['She'],
    ],
    [
      'she after a man, a woman named before',
      'Mrs. Lee said the plan failed. Mr. Park said it was late. She added that the vote was final.',
      ['Mrs. Lee', 'She'],
    ],
    [
      'he after a woman, a man named before',
      'John Doe said the plan failed. "It is late," said Sen. Ann Park. He said the vote was final.',
      ['John Doe', 'He'],
    ],
    [
      'they after a person',
      '"We will win," said John Smith. They added that the decision was final.',
      ['They'],
    ],
    [
      'they after a person, police named before',
      'Police said the road was shut. "We will win," said John Smith. They added that it was over.',
      ['Police', 'They'],
    ],
  ])('lets a pronoun agree with its speaker: %s', (_, text, speaker) => {
    expect(claims(suggest(text)).at(-1)?.speaker).toEqual(speaker)
  })

  it('leaves an unresolved pronoun for review', () => {
    const { annotations } = suggest('He said the city would cut jobs.')
    const speaker = annotations.find((annotation) => annotation.kind === 'speaker')
    expect(speaker?.tags).toEqual(['unresolved-pronoun'])
    expect(speaker?.confidence).toBeLessThan(0.5)
  })

  it.each([
    ['a capitalized verb inside a name', 'The United States leadership has not been in evidence.'],
    ['a hearer cue without content', 'The mayor reminded the council of its duty.'],
    ['a participle without a speaker before it', 'Adding that it was late, the bus left.'],
    ['a subordinator for a subject', 'If those who know say no, we stop.'],
    ['a refusal to speak', "He declined to say how much. He didn't say whether he would run."],
    ['a title given to a work', 'They heard a sonata called "Bella Bella".'],
    ['an idiom', 'Needless to say, the plan failed.'],
    ["the writer's own belief", 'I believe it will pass, and we believe so too.'],
    ['a free relative', 'What he said was true.'],
    ['no content', 'The mayor, who said nothing, left. Smith says so.'],
    [
      'a weak cue before a clause framed by its own verb',
      'Merger proposed However, the jury said "these offices should be combined".',
    ],
  ])('makes no claim of %s', (_, text) => {
    expect(claims(suggest(text)).filter((claim) => claim.cue !== 'said')).toEqual([])
  })

  it('takes "added" with a count for no speech', () => {
    expect(claims(suggest('The Bears added two more in the fifth.'))).toEqual([])
  })

  it('skips passives and "said to be"', () => {
    expect(claims(suggest('It was said that he left. He is said to be ill.'))).toEqual([])
  })

  it('makes drafts that fit the schemas, with creator and confidence', () => {
    const { annotations } = suggest('Police said two men were held.', {
      created: new Date('2024-01-01T00:00:00Z'),
    })
    for (const annotation of annotations) {
      expect(annotation).toMatchObject({
        status: 'draft',
        creator: { name: 'scholion-suggest' },
        created: '2024-01-01T00:00:00.000Z',
      })
      expect(annotation.confidence).toBeGreaterThan(0)
      const schema =
        annotation.kind === 'claim'
          ? claimKind.schema
          : annotation.kind === 'speaker'
            ? speakerKind.schema
            : undefined
      if (schema !== undefined) expect(schema.safeParse(annotation).success).toBe(true)
    }
  })
})
