import { describe, expect, it } from 'vitest';
import { assess, type Assessment } from '../../src/assess/index.js';
import { lookupCatalogue } from '../../src/datasets/index.js';
import { loadStudy } from '../../src/scenarios/index.js';

// examples/h100-server.json (die-based GPU boards) and examples/h100-server-pcf.json
// (NVIDIA's product carbon footprint per GPU): a DGX H100-class server in Germany.
// Every expected value is derived here from published figures, never from the program.
const rel = (actual: number, expected: number) => expect(Math.abs(actual - expected) / Math.abs(expected)).toBeLessThan(1e-9);

// ACT (Gupta et al., ISCA 2022, Table 1) carbon per area with ACT's defaults:
// (583 gCO2e/kWh Taiwan fab x EPA + mean of GPA at 95 % and 99 % + MPA 500) / yield 0.875.
const ACT_5NM = (583 * 2.75 + (430 + 225) / 2 + 500) / 0.875 / 1000; // (1,603.25 + 327.5 + 500) / 0.875 = 2,778.0 g/cm² = 2.778 kg/cm²
const ACT_10NM = (583 * 1.475 + (240 + 150) / 2 + 500) / 0.875 / 1000; // (859.925 + 195 + 500) / 0.875 = 1,777.057 g/cm²
const ACT_PACKAGE = 0.15; // kgCO2e per IC (ACT CARBON_PER_IC_PACKAGE, 150 g)

// One H100 SXM5 board, die model: GH100 die 814 mm² (Hot Chips 34) on "5 nm",
// 80 GB of HBM3 = 40 dies of 2 GB at the seed's 0.6 cm² and 1.8 kgCO2e/cm²,
// SXM5 module board 16 x 8 cm (Clemm et al. 2024, IV.D) at 0.06 kgCO2e/cm².
const GPU_DIE = 8.14 * ACT_5NM + ACT_PACKAGE; // 22.6129 + 0.15 = 22.7629 kg
const HBM = (80 / 2) * 0.6 * 1.8; // 40 dies x 0.6 cm² x 1.8 = 43.2 kg
const SXM_PCB = 16 * 8 * 0.06; // 128 cm² x 0.06 = 7.68 kg
const BOARD_DIE_MODEL = GPU_DIE + HBM + SXM_PCB; // 73.6429 kg per GPU board
const BOARD_PCF = 164; // kgCO2e per H100 80 GB GPU, NVIDIA HGX H100 PCF summary

// The host and the rest of the server (identical in both studies).
const CPUS = 2 * (4 * 4.77 * ACT_10NM + ACT_PACKAGE); // 2 x (19.08 cm² x 1.777057 + 0.15) = 68.1082 kg
const DDR5 = 32 * 40 * 0.6 * 1.8; // 32 RDIMMs x 40 dies (2 ranks x 2 sub-channels x 40 bits / 4) x 0.6 cm² x 1.8 = 1,382.4 kg
// memory-storage-per-gb generic SSD = median of ACT 10 nm (10/0.875 g/GB), ACT 30 nm (31/0.875),
// LLMCarbon 0.018 and Boavizta's 1 TB drive 0.0464275 kg/GB = mean of the middle two:
const SSD_PER_GB = (0.018 + 31 / 0.875 / 1000) / 2; // (0.018 + 0.0354286) / 2 = 0.0267143 kg/GB
const SSDS = 8 * 3840 * SSD_PER_GB + 2 * 1920 * SSD_PER_GB; // 820.66 + 102.58 kg
const MOTHERBOARD = 66.1; // kgCO2e per server motherboard (UBA 2021 via BoaviztAPI)
const PSUS = 6 * 2.99 * 24.3; // six 3.3 kW supplies x 2.99 kg x 24.3 kgCO2e/kg = 435.942 kg
const CHASSIS = 150; // rack case (UBA 2021)
const ASSEMBLY = 6.68; // server assembly (UBA 2021)
const HOST = CPUS + DDR5 + SSDS + MOTHERBOARD + PSUS + CHASSIS + ASSEMBLY;
const EMBODIED_DIE = 8 * BOARD_DIE_MODEL + MOTHERBOARD /* HGX baseboard proxy */ + HOST; // ≈ 3,687.7 kg
const EMBODIED_PCF = 8 * BOARD_PCF + HOST; // 1,312 + host ≈ 4,344.5 kg (no baseboard proxy: the PCF covers the HGX board)

// Use phase. Seed IV.D per GPU: 700 W active, 250 W idle, 75 % active.
const GPU_AVG_W = 0.75 * 700 + 0.25 * 250; // 525 + 62.5 = 587.5 W
const GPU_KWH = (GPU_AVG_W * 8760) / 1000; // 5,146.5 kWh/year (the paper: 5,147)
const GPU_KG = GPU_KWH * 0.4; // 2,058.6 kgCO2e/year (the paper: 2,059)
const ACTIVE_W = 8 * 700 + 2 * 350 + 1280 * 0.2; // 5,600 + 700 + 256 = 6,556 W
const IDLE_W = 8 * 250 + 200; // 2,200 W
const IT_KWH = ((0.75 * ACTIVE_W + 0.25 * IDLE_W) * 8760) / 1000; // 5,467 W x 8.76 = 47,890.92 kWh
const PUE = 1.56; // Uptime Institute 2024 industry average (pue dataset, latest year)
const OPERATIONAL = IT_KWH * PUE * 0.4; // 74,709.8352 kWh x 0.4 = 29,883.934 kgCO2e/year

const die = assess(loadStudy('examples/h100-server.json'));
const pcf = assess(loadStudy('examples/h100-server-pcf.json'));
const part = (r: Assessment, prefix: string) => r.embodied.components.find((c) => c.name.startsWith(prefix))!.kgCO2e;
const input = (r: Assessment, path: string) => r.inputs.find((i) => i.path === path)!;

describe('assess on examples/h100-server.json (die-based GPU boards)', () => {
  it('assess gives the GPU-board parts of the die model, 8 x 73.64 kg', () => {
    rel(part(die, 'GPU die'), 8 * GPU_DIE); // 182.103 kg
    rel(part(die, 'HBM3'), 8 * HBM); // 345.6 kg
    rel(part(die, 'SXM5 module PCB'), 8 * SXM_PCB); // 61.44 kg
    rel(part(die, 'GPU die') + part(die, 'HBM3') + part(die, 'SXM5 module PCB'), 8 * BOARD_DIE_MODEL);
    expect(BOARD_DIE_MODEL).toBeCloseTo(73.643, 3);
  });

  it('assess gives the host parts and the embodied total from the rows', () => {
    // act-2022 stores the 10 nm factor rounded to 1,777.057 g/cm², hence 1e-6 here.
    expect(Math.abs(part(die, 'Host CPU') - CPUS) / CPUS).toBeLessThan(1e-6);
    rel(part(die, 'DDR5'), DDR5);
    // The study writes the per-drive figures rounded to 6 significant digits (102.583, 51.2915).
    expect(Math.abs(part(die, 'Data SSD') - 8 * 3840 * SSD_PER_GB) / (8 * 3840 * SSD_PER_GB)).toBeLessThan(1e-5);
    rel(part(die, 'Power supply'), PSUS);
    expect(Math.abs(die.embodied.totalKgCO2e - EMBODIED_DIE) / EMBODIED_DIE).toBeLessThan(1e-6);
    rel(die.annualized.embodiedKgCO2e, die.embodied.totalKgCO2e / 5);
  });

  it('assess charges each GPU the seed IV.D use profile: 5,146.5 kWh and 2,058.6 kgCO2e a year at 0.4', () => {
    rel(GPU_KWH, 5146.5);
    rel(GPU_KG, 2058.6);
    const gpuActive = die.operational.components.find((c) => c.name.startsWith('GPUs'))!;
    rel(gpuActive.energyKWh!, (8 * 0.75 * 700 * 8760) / 1000); // 36,792 kWh
    const idle = die.operational.components.find((c) => c.name === 'idle')!;
    rel(idle.energyKWh!, (0.25 * IDLE_W * 8760) / 1000); // 4,818 kWh, of which GPUs 8 x 547.5 = 4,380
    const gpuIdleKWh = (8 * 0.25 * 250 * 8760) / 1000;
    rel(gpuActive.energyKWh! + gpuIdleKWh, 8 * GPU_KWH); // 41,172 kWh
    rel((gpuActive.energyKWh! + gpuIdleKWh) * input(die, 'cloud.gridIntensity').value, 8 * GPU_KG); // 16,468.8 kg
  });

  it('assess gives the whole use phase with the industry PUE and the annualised total', () => {
    rel(die.operational.annualItEnergyKWh, IT_KWH);
    rel(die.operational.annualKgCO2e, OPERATIONAL);
    expect(Math.abs(die.annualized.totalKgCO2e - (EMBODIED_DIE / 5 + OPERATIONAL)) / die.annualized.totalKgCO2e).toBeLessThan(1e-6);
  });
});

describe('assess on examples/h100-server-pcf.json (NVIDIA PCF per GPU)', () => {
  it('assess counts the eight GPU boards as 8 x 164 kg = 1,312 kg', () => {
    rel(part(pcf, 'GPU board'), 8 * 164);
    expect(Math.abs(pcf.embodied.totalKgCO2e - EMBODIED_PCF) / EMBODIED_PCF).toBeLessThan(1e-6);
  });

  it('assess differs from the die-based study only by the GPU-board method', () => {
    rel(pcf.operational.annualKgCO2e, die.operational.annualKgCO2e);
    // PCF minus die model: 8 x (164 - 73.64) - 66.1 (baseboard proxy) = 656.76 kg
    rel(pcf.embodied.totalKgCO2e - die.embodied.totalKgCO2e, 8 * (BOARD_PCF - BOARD_DIE_MODEL) - MOTHERBOARD);
    expect(BOARD_PCF / BOARD_DIE_MODEL).toBeCloseTo(2.23, 2);
  });
});

describe('the H100 studies take their figures from the catalogue and cite every input', () => {
  it('assess reports catalogue values with status dataset and their published figures', () => {
    const expected: [Assessment, string, number, string][] = [
      [die, 'servers[0].components[0].dieArea', 8.14, 'nvidia-h100-sxm.dieAreaCm2'], // GH100 814 mm²
      [die, 'servers[0].components[2].area', 16 * 8, 'nvidia-h100-sxm.boardAreaCm2'], // SXM5 ~16 x 8 cm
      [die, 'servers[0].components[3].dieArea', 4 * 4.77, 'xeon-platinum-8480.dieAreaCm2'], // 4 x 477 mm²
      [die, 'servers[0].power.active[0].power', 700, 'nvidia-h100-sxm.tdpW'],
      [die, 'servers[0].power.active[1].power', 350, 'xeon-platinum-8480.tdpW'],
      [pcf, 'servers[0].components[0].perUnit', 164, 'nvidia-h100-sxm.embodiedKgCO2e'],
    ];
    for (const [r, path, value, key] of expected) {
      const p = input(r, path);
      expect(p.status, path).toBe('dataset');
      rel(p.value, value);
      expect(p.source?.dataset?.name, path).toBe('hardware-catalogue');
      expect(p.source?.key, path).toBe(key);
    }
    const factor = input(die, 'servers[0].components[0].factor');
    expect(factor.status).toBe('dataset');
    expect(factor.source?.dataset?.name).toBe('act-2022');
    rel(factor.value, ACT_5NM);
  });

  it('assess echoes a source or a dataset for every input of both studies', () => {
    for (const r of [die, pcf]) {
      for (const p of r.inputs) {
        const cited = (p.source?.citation ?? '').trim().length > 0 || p.source?.dataset !== undefined;
        expect(cited, `${p.path} has neither a source nor a dataset`).toBe(true);
      }
      expect(r.provenance.datasets.map((d) => d.name)).toEqual(expect.arrayContaining(['hardware-catalogue', 'act-2022', 'grid-intensity', 'pue']));
      const pue = input(r, 'cloud.pue');
      expect(pue.status).toBe('default');
      rel(pue.value, PUE);
    }
  });

  it('lookupCatalogue gives the module and stack structure the study counts dies from', () => {
    const dimm = lookupCatalogue('micron-mtc40f2046s1rc48ba1').fields;
    expect('value' in dimm.dies && dimm.dies.value).toBe((2 * 2 * (32 + 8)) / 4); // 2 ranks x 2 sub-channels x 40 bits / x4 = 40
    expect('value' in dimm.capacityGB && dimm.capacityGB.value).toBe(((2 * 2 * 32) / 4) * 2); // 32 data dies x 2 GB = 64
    const hbm = lookupCatalogue('sk-hynix-hbm3-16gb').fields;
    expect('value' in hbm.dies && hbm.dies.value).toBe(16 / 2); // 16 GB stack of 2 GB dies = 8-high
    const dgx = lookupCatalogue('nvidia-dgx-h100').fields;
    expect('value' in dgx.memoryGB && dgx.memoryGB.value).toBe(32 * 64); // 2 TB = 32 x 64 GB
    expect('value' in dgx.gpus && dgx.gpus.value).toBe(8);
  });
});
