import { add, constant, mul, type Expr, type GraphOutput } from '../graph/index.js';
import type { Server, ServerEndOfLife, TransportLeg } from '../system/index.js';
import { componentEmbodied } from './component-embodied.js';
import { endOfLifeImpact, moduleDCredit } from './end-of-life.js';
import { ref } from './param-ref.js';
import { endOfLifeShare, reuseShare } from './reuse.js';
import { transportImpact } from './transport.js';

/** Impact per year by life-cycle stage [kgCO2e/year]. */
export interface LifeCycleStages {
  /** Manufacturing (and the refurbishment of reused hardware). */
  readonly manufacturing: Expr;
  /** Transport to the data centre. */
  readonly transport: Expr;
  /** End-of-life treatment. */
  readonly endOfLife: Expr;
}

/** Transport and end of life of some hardware over its life, and apart its module D credits [kgCO2e]. */
export interface HardwareStages {
  /** Transport to the data centre. */
  readonly transport: Expr;
  /** End-of-life treatment. */
  readonly endOfLife: Expr;
  /** Benefits beyond the system boundary (module D), ≤ 0; in no total. */
  readonly moduleD: Expr;
}

/**
 * The transport, end of life and module D of `count` units of hardware
 * whose legs and treatments are given per unit (a server, an accelerator);
 * undefined when neither is declared.
 *
 * @param count - units of hardware
 * @param transport - transport legs, mass per unit
 * @param endOfLife - end-of-life entries, mass per unit (or per part)
 * @example
 * // 4 accelerators of 2 kg carried 1,000 km at 0.1 kgCO2e/(t·km): 4 × 0.002 t × 1,000 × 0.1 = 0.8 kgCO2e
 * // a 10 h job over 4 years × 8,760 h × 50 % is charged 10 ÷ 17,520 of it
 * const model = compileStudy(defineStudy({ name: 'a', functionalUnit: 'training-run', cloud: { gridIntensity: 0.4, pue: 1 },
 *   model: { jobs: [{ id: 't', hours: '10 h', allocation: { rule: 'time', lifetime: '4 years', utilization: 0.5 },
 *     accelerator: { name: 'gpu', count: 4, power: '300 W', embodied: '100 kgCO2e', mass: '2 kg',
 *       transport: [{ mode: 'truck', distance: '1000 km', factor: '0.1 kgCO2e/(t*km)' }] } }] } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at('job:t:transport') * 17520 / 10; // => 0.8
 */
export function hardwareStages(count: number, transport: readonly TransportLeg[] | undefined, endOfLife: readonly ServerEndOfLife[] | undefined): HardwareStages | undefined {
  if (transport === undefined && endOfLife === undefined) return undefined;
  return {
    transport: add(...(transport ?? []).map((leg) => transportImpact(leg, count))),
    endOfLife: add(...(endOfLife ?? []).map((e) => endOfLifeImpact(e, count))),
    moduleD: add(...(endOfLife ?? []).filter((e) => e.credit !== undefined).map((e) => moduleDCredit(e, count))),
  };
}

/** The embodied impact of a server group over the life assessed, by stage. */
export interface LifeCycleParts {
  /** Each component's manufacturing impact charged to the life assessed [kgCO2e], in study order. */
  readonly components: readonly Expr[];
  /** Manufacturing, refurbishment included [kgCO2e]. */
  readonly manufacturing: Expr;
  /** Transport to the data centre [kgCO2e]. */
  readonly transport: Expr;
  /** End-of-life treatment [kgCO2e]. */
  readonly endOfLife: Expr;
  /** The sum of the three [kgCO2e]: the group's embodied impact. */
  readonly embodied: Expr;
  /** Benefits beyond the system boundary (module D) [kgCO2e], ≤ 0; in no total. */
  readonly moduleD: Expr;
  /** Outputs of the transport legs, end-of-life entries, refurbishment and module D. */
  readonly outputs: readonly GraphOutput[];
  /** Whether the group declares transport, end of life or reuse. */
  readonly lifeCycle: boolean;
}

/**
 * A server group's embodied impact over the life the study assesses, by
 * life-cycle stage (EN 15804 modules A1–A3 manufacturing, A4 transport,
 * C1–C4 end of life; D apart):
 *
 * - manufacturing = share × Σ components (+ servers × refurbishment, second life only);
 * - transport = share × Σ legs of servers × mass ÷ 1000 × distance × factor;
 * - end of life = end-of-life share × Σ entries of servers × units × mass × factor;
 * - module D = end-of-life share × Σ −(servers × units × mass × credit), in no total;
 *
 * the shares 1 without reuse, else by the reuse rule (reuse.ts). Each
 * transport leg is output as `embodied:<server>:transport:<i>`, each
 * end-of-life entry as `embodied:<server>:endOfLife:<i>`, the refurbishment
 * as `embodied:<server>:refurbishment` (so the assessment lists them with
 * the components, summing to `embodied.total`), and module D as
 * `moduleD:<server>`.
 *
 * @param s - a standing server group
 * @example
 * // 1 cm² × 2 = 2 kgCO2e made; 20 kg ÷ 1000 × 500 km × 0.1 = 1 kgCO2e carried; 20 kg × 1.5 = 30 kgCO2e treated
 * const model = compileStudy(defineStudy({ name: 'stages', functionalUnit: 'lifetime', servers: [{ name: 'box', lifetime: '4 years', mass: '20 kg',
 *   components: [{ type: 'ic', name: 'CPU', technology: 'logic', dieArea: '1 cm2', factor: '2 kgCO2e/cm2' }],
 *   transport: [{ mode: 'truck', distance: '500 km', factor: '0.1 kgCO2e/(t*km)' }],
 *   endOfLife: { treatment: 'recycling', factor: '1.5 kgCO2e/kg' },
 *   power: { active: '100 W', idle: '100 W' } }], workload: { utilization: 0.5 }, cloud: { gridIntensity: 0, pue: 1 } }));
 * const at = (key: string) => evaluate([model.outputs.find((o) => o.key === key)!.expr], new Map(model.inputs.map((i) => [i.name, i.value])))[0];
 * at(OUTPUT.embodiedTotal); // => 2 + 1 + 30
 * at('stage.transport'); // => 1 / 4
 */
export function lifeCycleParts(s: Server): LifeCycleParts {
  const n = s.count;
  const made = s.components.map((c) => componentEmbodied(c, n));
  const lifeCycle = s.transport !== undefined || s.endOfLife !== undefined || s.reuse !== undefined;
  if (!lifeCycle) {
    const embodied = add(...made);
    return { components: made, manufacturing: embodied, transport: constant(0), endOfLife: constant(0), embodied, moduleD: constant(0), outputs: [], lifeCycle };
  }
  const outputs: GraphOutput[] = [];
  const share = s.reuse === undefined ? undefined : reuseShare(s.reuse);
  const eolShare = s.reuse === undefined ? undefined : endOfLifeShare(s.reuse);
  const scaled = (x: Expr, by: Expr | undefined): Expr => (by === undefined ? x : mul(by, x));
  const components = made.map((x) => scaled(x, share));
  const tag = (phase: string, component: string) => ({ element: 'server', phase, stage: phase, server: s.id, component });
  const refurbishment = s.reuse?.refurbishment !== undefined && s.reuse.life === 'second' ? mul(constant(n), ref(s.reuse.refurbishment)) : undefined;
  if (refurbishment !== undefined) outputs.push({ key: `embodied:${s.id}:refurbishment`, label: `refurbishment (${s.name})`, unit: 'kgCO2e', expr: refurbishment, tags: { ...tag('manufacturing', 'refurbishment'), phase: 'embodied' } });
  const legs = (s.transport ?? []).map((leg, i) => {
    const expr = scaled(transportImpact(leg, n), share);
    const label = `transport by ${leg.mode} (${s.name})`;
    outputs.push({ key: `embodied:${s.id}:transport:${i}`, label, unit: 'kgCO2e', expr, tags: { ...tag('transport', label), technology: 'transport' } });
    return expr;
  });
  const credits: Expr[] = [];
  const treated = (s.endOfLife ?? []).map((eol, i) => {
    const what = eol.part === undefined ? s.name : s.components[eol.part].name;
    const label = `end of life: ${eol.treatment} (${what})`;
    const expr = scaled(endOfLifeImpact(eol, n), eolShare);
    outputs.push({ key: `embodied:${s.id}:endOfLife:${i}`, label, unit: 'kgCO2e', expr, tags: { ...tag('end-of-life', label), technology: 'end-of-life' } });
    if (eol.credit !== undefined) credits.push(moduleDCredit(eol, n, eolShare));
    return expr;
  });
  const moduleD = add(...credits);
  if (credits.length > 0) outputs.push({ key: `moduleD:${s.id}`, label: `recycling benefits beyond the system boundary (${s.name})`, unit: 'kgCO2e', expr: moduleD, tags: { element: 'server', phase: 'moduleD', server: s.id } });
  const manufacturing = refurbishment === undefined ? add(...components) : add(...components, refurbishment);
  const transport = add(...legs);
  const endOfLife = add(...treated);
  return { components, manufacturing, transport, endOfLife, embodied: add(manufacturing, transport, endOfLife), moduleD, outputs, lifeCycle };
}
