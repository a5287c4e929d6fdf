// Rewrite test/examples/golden/*.json from the current code. Run it only when
// a change of the numbers is intended, and say why in the commit.
//   npx tsx scripts/update-golden.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exampleFiles, GOLDEN_DIR, goldenOf } from '../test/examples/golden-run.js';

mkdirSync(GOLDEN_DIR, { recursive: true });
for (const file of exampleFiles()) {
  writeFileSync(join(GOLDEN_DIR, file), `${JSON.stringify(await goldenOf(file), null, 1)}\n`);
  console.log(`wrote ${join(GOLDEN_DIR, file)}`);
}
