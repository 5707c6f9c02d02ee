import type { Db } from '../store/db.js';
import { listInputs, readInput, splitInput, type ReportSource, type SourceFailure } from '../ingest/index.js';
import { addSources, type AddOptions, type AddOutcome } from './add-sources.js';

export interface AddPathsProgress {
  readonly inputsDone: number;
  readonly inputsTotal: number;
  readonly outcome: AddOutcome;
}

export interface AddPathsOptions extends Omit<AddOptions, 'onOutcome'> {
  readonly cwd?: string;
  readonly stdin?: NodeJS.ReadableStream;
  readonly onProgress?: (progress: AddPathsProgress) => void;
}

/**
 * Adds everything the user named: files, directories, globs, `-` for standard input. Inputs are
 * read one at a time, so memory holds one input, not the batch.
 */
export async function addPaths(db: Db, args: readonly string[], options: AddPathsOptions = {}): Promise<AddOutcome[]> {
  const { inputs, failures } = await listInputs(args, options.cwd);
  const outcomes: AddOutcome[] = failures.map((f) => ({ kind: 'failed', name: f.name, reason: f.reason }));
  let inputsDone = 0;
  const report = (outcome: AddOutcome) => options.onProgress?.({ inputsDone, inputsTotal: inputs.length, outcome });
  outcomes.forEach(report);
  for (const input of inputs) {
    let sources: Array<ReportSource | SourceFailure>;
    try {
      sources = splitInput(input.name, await readInput(input, options.stdin));
    } catch (error) {
      sources = [{ kind: 'source-failure', name: input.name, reason: (error as Error).message.replace(`${input.name}: `, '') }];
    }
    const results = await addSources(db, sources, { ...options, onOutcome: report });
    outcomes.push(...results);
    inputsDone++;
  }
  return outcomes;
}

/** One report given as data (for benches and embedding): the NDJSON record fields. */
export interface RecordInput {
  readonly id?: string | null;
  readonly title?: string | null;
  readonly text?: string | null;
  readonly html?: string | null;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly lang?: string | null;
}

/**
 * Adds reports given as records, through exactly the path an NDJSON file takes in
 * `corroborate add`.
 */
export async function addRecords(db: Db, records: Iterable<RecordInput>, options: AddOptions = {}): Promise<AddOutcome[]> {
  const outcomes: AddOutcome[] = [];
  const encoder = new TextEncoder();
  let line = 0;
  for (const record of records) {
    line++;
    const bytes = encoder.encode(JSON.stringify(record));
    const sources = splitInput(`records.ndjson`, bytes).map((s) => ({ ...s, name: `record ${record.id ?? line}` }));
    outcomes.push(...(await addSources(db, sources, options)));
  }
  return outcomes;
}
