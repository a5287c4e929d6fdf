import type { CompiledGraph } from '../graph/index.js';

/**
 * Whether a compiled study declares life-cycle stages beyond manufacturing
 * and use: some output is a transport leg or an end-of-life treatment (its
 * `phase` tag) or a refurbishment. (A job's `stage` tag is its AI life-cycle
 * stage, training or inference, not one of these.) The stage totals
 * (`stage.manufacturing`…) exist in every study; without such parts they
 * only repeat the embodied and operational figures.
 *
 * @param model - the compiled study
 * @example
 * const server = { name: 'box', lifetime: '4 years', mass: '20 kg', power: { active: '100 W', idle: '100 W' },
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }] };
 * const study = (s: object) => defineStudy({ name: 's', workload: { utilization: 0.5 }, cloud: { gridIntensity: 0.5, pue: 1 }, servers: [s] });
 * declaresStages(compileStudy(study(server))); // => false
 * declaresStages(compileStudy(study({ ...server, transport: [{ mode: 'truck', distance: '500 km', factor: '0.1 kgCO2e/(t*km)' }] }))); // => true
 */
export function declaresStages(model: CompiledGraph): boolean {
  return model.outputs.some((o) => o.tags.phase === 'transport' || o.tags.phase === 'end-of-life' || o.key.endsWith(':refurbishment'));
}
