import type { Assessment } from '../assess/index.js';
import { FUNCTIONAL_UNITS, FUNCTIONAL_UNITS_PER, type Study } from '../system/index.js';
import type { StudyFile } from '../scenarios/index.js';
import type { Element } from '../study/index.js';
import { formatInput } from './display-rules.js';

/** One of the four elements of an AI system in the goal and scope. */
export interface ReportElementScope {
  /** `model`, `data`, `server` or `cloud`. */
  readonly element: Element;
  /** False when the study does not describe the element: its footprint is then zero by construction. */
  readonly modelled: boolean;
  /** What the study includes for it, in words. */
  readonly text: string;
}

/** Something outside the system boundary, and where the report learned it. */
export interface ReportExclusion {
  /** What is excluded, in a sentence. */
  readonly text: string;
  /** `boundary` (ailca never models it), `bill of materials` (absent from a server's parts) or `study description`. */
  readonly basis: 'boundary' | 'bill of materials' | 'study description';
}

/** The functional unit of a study, in words. */
export interface ReportFunctionalUnit {
  /** Short name (`footprint per year of operation`). */
  readonly label: string;
  /** Unit of the footprint per functional unit (`kgCO2e/year`). */
  readonly unit: string;
  /** What it counts and how it is computed. */
  readonly definition: string;
}

/** ISO 14044 §4.2: goal and scope of the study. */
export interface GoalAndScope {
  /** The study's name. */
  readonly studyName: string;
  /** The study's description as written. */
  readonly description?: string;
  /** Goal, intended application and audience. */
  readonly goal: string;
  /** What results are scaled to. */
  readonly functionalUnit: ReportFunctionalUnit;
  /** The factor set the study chose (`clemm-2024`), when it names one. */
  readonly factorMethod?: string;
  /** The hardware and site, one line each. */
  readonly system: readonly string[];
  /** The four elements, each modelled or not. */
  readonly elements: readonly ReportElementScope[];
  /** Life-cycle stages inside the boundary. */
  readonly included: readonly string[];
  /** What lies outside the boundary, and why. */
  readonly exclusions: readonly ReportExclusion[];
}

/** Sentences of a description that say what the study leaves out. */
const EXCLUSION_WORDS = /\b(exclud\w*|not included|not modell?ed|omit\w*|left out|ignor\w*|neglect\w*)\b/i;

/** Split a description into sentences (a full stop, ! or ? followed by a space and a capital). */
function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z])/).map((s) => s.trim()).filter((s) => s !== '');
}

function factorMethod(raw: unknown): string | undefined {
  const f = (raw as { factors?: { method?: unknown } } | null)?.factors;
  return typeof f?.method === 'string' ? f.method : undefined;
}

function elements(study: Study): ReportElementScope[] {
  const notModelled = (block: string) => `not modelled in this study (no "${block}" block): its footprint is zero by construction, not by measurement`;
  const m = study.model;
  const d = study.data;
  const pue = study.cloud.pue.value;
  return [
    { element: 'model', modelled: m !== undefined, text: m ? `${m.jobs.length} job(s) (${[...new Set(m.jobs.map((j) => j.phase))].join(', ') || 'none'})${m.inference ? ' and inference' : ''}` : notModelled('model') },
    { element: 'data', modelled: d !== undefined, text: d ? `${d.storage.length} storage, ${d.transfer.length} transfer and ${d.preprocessing.length} preprocessing item(s)` : notModelled('data') },
    { element: 'server', modelled: study.servers.length > 0, text: study.servers.length > 0 ? `${study.servers.length} server type(s): embodied carbon of the bill of materials and the IT energy of use` : 'no standing servers (jobs bring their own hardware)' },
    { element: 'cloud', modelled: true, text: `the grid's carbon intensity and the data-centre overhead (PUE − 1)${pue === 1 ? '; the overhead is zero in the base case (PUE 1.0)' : ''}` },
  ];
}

function system(study: Study): string[] {
  const lines = study.servers.map((s) => {
    const active = s.power?.active.reduce((a, p) => a + p.power.value * p.count, 0);
    const power = s.power ? `; ${formatInput(active as number)} W active, ${formatInput(s.power.idle.value)} W idle` : '';
    return `${s.count} × ${s.name} (${s.id}): ${s.components.length} part(s) in the bill of materials, lifetime ${formatInput(s.lifetime.value)} years${power}`;
  });
  if (study.workload) lines.push(`Workload: active ${formatInput(study.workload.utilization.value * 100)} % of ${formatInput(study.workload.hoursPerYear.value)} h/year`);
  const c = study.cloud;
  const where = [c.location, c.year].filter((x) => x !== undefined).join(', ');
  lines.push(`Site${where ? ` (${where})` : ''}: grid ${formatInput(c.gridIntensity.value)} kgCO2e/kWh, PUE ${formatInput(c.pue.value)}`);
  return lines;
}

function exclusions(study: Study): ReportExclusion[] {
  const out: ReportExclusion[] = [
    { basis: 'boundary', text: 'End of life (collection, recycling, disposal) and transport of the hardware: ailca does not model these stages.' },
    { basis: 'boundary', text: 'Construction of the data centre, its cooling plant and the networks outside the servers: the cloud element counts only the energy overhead of the facility (PUE − 1).' },
  ];
  for (const s of study.servers) {
    if (!s.components.some((c) => c.type === 'part')) {
      out.push({ basis: 'bill of materials', text: `${s.name}: no other parts (power supply, chassis and housing, fans, cooling, connectors) are in its bill of materials, so their embodied carbon is not counted.` });
    }
  }
  for (const s of sentences(study.description ?? '')) if (EXCLUSION_WORDS.test(s)) out.push({ basis: 'study description', text: s });
  return out;
}

/**
 * The goal and scope of a study (ISO 14044 §4.2): its goal, functional
 * unit, the system and the four elements (those the study does not describe
 * are said to be "not modelled in this study"), the stages inside the
 * boundary and what lies outside it — end of life and transport (never
 * modelled), parts absent from a bill of materials, and any sentence of the
 * study's description that says what it excludes.
 *
 * @param file - the study file (for the factor method as written)
 * @param assessment - its deterministic assessment (functional unit)
 * @returns the section's content
 * @example
 * const file = loadStudyFile('examples/xeon-8468.json');
 * const scope = buildGoalAndScope(file, assess(file.study));
 * scope.elements.map((e) => e.modelled); // => [false, false, true, true]
 * scope.exclusions.some((x) => x.text.startsWith('Connectors, cooling, fans, power supply and housing are excluded')); // => true
 */
export function buildGoalAndScope(file: StudyFile, assessment: Assessment): GoalAndScope {
  const study = file.study;
  const fu = study.functionalUnit;
  const definition = typeof fu === 'string' ? FUNCTIONAL_UNITS[fu] : `${fu.count} × ${FUNCTIONAL_UNITS_PER[fu.per]}`;
  const method = factorMethod(file.raw);
  const included = ['Manufacturing of the hardware, cradle to gate (embodied carbon of integrated circuits, boards and any other parts listed), amortised linearly over its lifetime', 'Use: electricity of the IT equipment and the data-centre overhead, times the grid carbon intensity'];
  if (study.model) included.push('Model element: development, training and inference jobs as described, with their share of the hardware');
  if (study.data) included.push('Data element: storage, transfer and preprocessing as described');
  return {
    studyName: study.name,
    ...(study.description !== undefined ? { description: study.description } : {}),
    goal: `To quantify the carbon footprint (climate change, GWP100, kgCO2e) of "${study.name}" per functional unit — the embodied carbon of manufacturing and the operational carbon of use — with its uncertainty, the inputs that drive it and the scenarios the study defines. Intended for researchers comparing design and deployment choices of AI systems; it has not been critically reviewed (ISO 14044 §6) and is not meant for comparative assertions disclosed to the public.`,
    functionalUnit: { label: assessment.functionalUnit.label ?? definition, unit: assessment.functionalUnit.valueUnit, definition },
    ...(method !== undefined ? { factorMethod: method } : {}),
    system: system(study),
    elements: elements(study),
    included,
    exclusions: exclusions(study),
  };
}
