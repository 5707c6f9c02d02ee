import type { RecordInput } from '../../src/pipeline/index.js';
import { seededRandom as random } from '../../src/core/seeded-random.js';

/**
 * Fifty reports of one fictional event (a landslide that cut a mountain railway), written for
 * this benchmark: each outlet tells it with its own choice and order of sentences, its own time,
 * and now and then its own count, so the story has agreed, single-source and disputed facts,
 * quotes carried verbatim and altered, and near-copies. Seeded: the same reports on every run.
 */

const OUTLETS = [
  'Alpine Courier', 'Valley Post', 'Morning Ledger', 'Summit Radio', 'Riverside Times', 'Northern Wire', 'Daily Meridian', 'Lakeside Herald',
  'Pass Gazette', 'Evening Signal', 'Highland Observer', 'Station Review', 'Granite Journal', 'Weekly Compass', 'Cantonal News', 'Border Echo',
];

const OPENINGS = [
  (n: number) => `A landslide buried the tracks of the Vellmoor mountain railway on Monday night, stranding ${n} passengers in two trains near the Hollen tunnel, the regional rail operator said.`,
  (n: number) => `Rescuers worked through the night to bring ${n} passengers down from two trains trapped by a landslide on the Vellmoor mountain railway, officials said on Tuesday.`,
  (n: number) => `More than ${n - 20} passengers spent the night in two stranded trains after mud and rock cut the Vellmoor mountain railway near the Hollen tunnel.`,
];

/** Each fact told three ways, so outlets write their own reports rather than copy one another. */
const SENTENCES: ReadonlyArray<ReadonlyArray<string | ((k: number) => string)>> = [
  [
    'Heavy rain had soaked the slopes above the line for three days before the slide, the weather service said.',
    'Forecasters said three days of downpours had saturated the hillside above the tracks.',
    'The slope gave way after it had rained without pause since Friday, according to meteorologists.',
  ],
  [
    (k) => `${k} people were treated for minor injuries and one conductor was taken to hospital in Brenz with a broken arm.`,
    (k) => `Medics saw ${k} passengers with cuts and bruises; a conductor with a broken arm went to hospital in Brenz.`,
    (k) => `Paramedics treated ${k} people at the scene, and a train conductor was taken to Brenz hospital with an arm fracture.`,
  ],
  [
    'The operator said the line would stay closed for at least two weeks while engineers clear some 4,000 cubic metres of debris.',
    'Engineers need at least a fortnight to clear roughly 4,000 cubic metres of mud and rock, the rail company said.',
    'Clearing about 4,000 cubic metres of debris will keep the route shut for two weeks or more, railway managers said.',
  ],
  [
    'Buses are replacing trains between Brenz and Vellmoor, a trip that takes about 90 minutes longer.',
    'Replacement coaches now run from Brenz to Vellmoor, adding an hour and a half to the journey.',
    'Travellers between Brenz and Vellmoor must take buses for now, which takes roughly 90 extra minutes.',
  ],
  [
    '"We heard a roar and then the lights went out," said Lena Marsch, a teacher travelling with 18 pupils.',
    '"We heard a roar and then the lights went out," teacher Lena Marsch, who was on board with 18 pupils, told reporters.',
    '"There was a roar and the lights went out," said Lena Marsch, a teacher with a class of 18 on the train.',
  ],
  [
    'Regional transport minister Tomas Keller visited the site on Tuesday morning and promised an inquiry into the slope monitoring.',
    'Tomas Keller, the regional transport minister, went to the scene on Tuesday and announced an investigation of how the slope was watched.',
    'An inquiry into the monitoring of the hillside was promised by transport minister Tomas Keller during a visit on Tuesday.',
  ],
  [
    '"The sensors on that slope were due for replacement this year," Tomas Keller told reporters at the Hollen station.',
    '"The sensors on that slope were due for replacement this year," the minister, Tomas Keller, said at Hollen station.',
    'Tomas Keller admitted that "the sensors on that slope were due for replacement this year".',
  ],
  [
    'Helicopters of the mountain rescue service flew 40 of the passengers out before dawn; the others walked out through the tunnel with guides.',
    'Before sunrise, rescue helicopters airlifted 40 people, while guides led the rest on foot through the Hollen tunnel.',
    'Mountain rescue crews lifted 40 passengers out by helicopter overnight and walked the remainder to safety through the tunnel.',
  ],
  [
    'The last landslide on the line, in 2019, closed it for nine days.',
    'A previous slide in 2019 shut the railway for nine days.',
    'In 2019 the line was blocked for nine days by an earlier landslide.',
  ],
  [
    'Police closed the road below the slope as a precaution, and about 30 residents of Oberhollen were asked to leave their homes.',
    'Some 30 people living in Oberhollen were told to leave their houses, and police shut the road beneath the slope.',
    'As a precaution, officers blocked the road under the hillside and asked around 30 Oberhollen residents to evacuate.',
  ],
];


/** The reports, oldest first. */
export function storyReports(count = 50, seed = 7): RecordInput[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const start = Date.parse('2026-06-08T22:30:00Z');
  const records: RecordInput[] = [];
  for (let i = 0; i < count; i++) {
    // Most say 212 passengers; some 216; a few 200 ("about"): a dispute to show.
    const passengers = next() < 0.7 ? 212 : next() < 0.6 ? 216 : 200;
    const injured = next() < 0.75 ? 11 : 14;
    const body = SENTENCES.map((variants) => pick(variants))
      .map((s) => (typeof s === 'function' ? s(injured) : s))
      .filter(() => next() < 0.6)
      .sort(() => next() - 0.5);
    const outlet = `${pick(OUTLETS)}${i >= OUTLETS.length ? ` ${Math.floor(i / OUTLETS.length) + 1}` : ''}`;
    const published = new Date(start + i * 47 * 60_000 + Math.floor(next() * 30) * 60_000).toISOString();
    records.push({
      id: `bench-web-${i + 1}`,
      title: `${pick(['Landslide strands', 'Landslide traps', 'Mudslide strands'])} ${passengers} on Vellmoor mountain railway`,
      text: [pick(OPENINGS)(passengers), ...body].join('\n\n'),
      outlet,
      published,
      lang: 'en',
    });
  }
  return records;
}
