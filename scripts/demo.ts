// Writes a demo network as a v1 backup file.
// Usage: tsx scripts/demo.ts [--people 40] [--meetings 320] [--seed 42] [--out .cache/demo.json]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { generateDemo } from '../lib/demo/generate.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '40' },
    meetings: { type: 'string' },
    seed: { type: 'string', default: '42' },
    out: { type: 'string', default: '.cache/demo.json' },
  },
});
const people = Number(values.people);
const meetings = values.meetings === undefined ? people * 8 : Number(values.meetings);
const doc = generateDemo({ people, meetings, seed: Number(values.seed) });
mkdirSync(dirname(values.out), { recursive: true });
const json = JSON.stringify(doc);
writeFileSync(values.out, json);
console.log(`wrote ${values.out}: ${people} people, ${meetings} meetings, ${(json.length / 1e6).toFixed(1)} MB`);
