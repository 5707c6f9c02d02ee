// Scale section of the clustering bench: placeholder until the generator lands.
import type { StreamRecord } from './dev-data.js';

export async function runScale(records: readonly StreamRecord[], sizes: readonly number[], pg: string): Promise<void> {
  console.log(`scale: not measured yet (${records.length} seed records, sizes ${sizes.join(', ')}, server ${pg})`);
}
