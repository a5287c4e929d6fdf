import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors/index.js';
import { lookupIcFactor, loadUserDataset } from '../../src/datasets/index.js';
import { thrown, writeDataset } from './helpers.js';

describe('lookupIcFactor maps vendor process names to the nearest node of each set', () => {
  it('lookupIcFactor takes TSMC 4N (H100) as ACT\'s 5nm row and records the assumption', () => {
    const v = lookupIcFactor({ technology: 'logic', process: 'TSMC 4N', method: 'act-2022' });
    // ACT 5 nm, by hand from Table 1 (fab-nodes.csv): (0.583 kg/kWh × 2.75 kWh/cm² + (0.430 + 0.225)/2 + 0.500) / 0.875 = 2.778 kgCO2e/cm²
    expect(v.value).toBeCloseTo((0.583 * 2.75 + (0.43 + 0.225) / 2 + 0.5) / 0.875, 3);
    expect(v.key).toBe('logic:5nm');
    expect(v.assumption).toMatch(/process "TSMC 4N" is not a key of act-2022: its "5nm" row is used \(process-nodes 1\.0\.0, source tsmc-n4/);
  });

  it('lookupIcFactor maps Intel 7 to 10nm in ACT and imec, and TSMC N4 to 5nm in imec', () => {
    expect(lookupIcFactor({ technology: 'logic', process: 'Intel 7', method: 'act-2022' }).key).toBe('logic:10nm');
    expect(lookupIcFactor({ technology: 'logic', process: 'Intel 7', method: 'imec-netzero' }).value).toBe(1.09);
    expect(lookupIcFactor({ technology: 'logic', process: 'tsmc-n4', method: 'imec-netzero' }).value).toBe(1.54);
  });

  it('lookupIcFactor takes the seed set\'s only logic row (Intel 7, 3.0) and Boavizta\'s node-independent row (1.97) for TSMC 4N', () => {
    const seed = lookupIcFactor({ technology: 'logic', process: 'TSMC 4N' });
    expect(seed.value).toBe(3.0);
    expect(seed.assumption).toContain('"Intel 7" row');
    const boa = lookupIcFactor({ technology: 'logic', process: 'TSMC 4N', method: 'boavizta-uba' });
    expect(boa.value).toBe(1.97);
    expect(boa.assumption).toContain('generic row');
  });

  it('lookupIcFactor still refuses a process no table maps, and a listed process carries no assumption', () => {
    expect(thrown(() => lookupIcFactor({ technology: 'logic', process: 'TSMC 5 nm (12 CCDs) + 6 nm (I/O die)', method: 'act-2022' }))).toBeInstanceOf(InputError);
    expect(lookupIcFactor({ technology: 'logic', process: '5nm', method: 'act-2022' }).assumption).toBeUndefined();
  });

  it('lookupIcFactor reads process-node rows of a user dataset first', () => {
    const dir = writeDataset([{ path: 'nodes.csv', schema: 'process-node', text: 'method,process,node,source,year,note\nact-2022,Samsung 4LPP,5nm,lab,2025,my mapping\n' }]);
    const mine = loadUserDataset(dir);
    const v = lookupIcFactor({ technology: 'logic', process: 'Samsung 4LPP', method: 'act-2022', datasets: [mine] });
    expect(v.key).toBe('logic:5nm');
    expect(v.assumption).toContain('my-factors 1.0.0, source lab: my mapping');
  });
});
