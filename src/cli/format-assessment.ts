import { describeRatio, type Assessment, type CategoryResult } from '../assess/index.js';
import { formatInput } from '../report/index.js';
import { formatFixed } from './format-number.js';
import { formatSignificant } from './format-significant.js';
import { renderTable } from './render-table.js';

/**
 * The impact-categories block of `ailca assess`: per category its headline
 * figures (4 significant digits: abiotic depletion is in 10⁻³ kg Sb eq) or
 * "not covered", then the factors each category lacks.
 */
function formatImpacts(impacts: readonly CategoryResult[]): string[] {
  const out = ['Impact categories'];
  const keys = impacts[0]?.figures.map((f) => f.label) ?? [];
  const rows = [['  figure', ...impacts.map((c) => `${c.name} [${c.unit}]`)]];
  keys.forEach((label, k) => rows.push([`  ${label}`, ...impacts.map((c) => (c.figures[k].value !== undefined ? formatSignificant(c.figures[k].value, 4) : 'not covered'))]));
  out.push(renderTable(rows, impacts.map((_, i) => i + 1)));
  for (const c of impacts) {
    if (c.missingFactors.length === 0) continue;
    out.push(`  ${c.name}: not covered where a figure needs ${c.missingFactors.map((m) => (m.dataset !== undefined ? `${m.path} (${m.dataset} gives climate only)` : m.path)).join(', ')}; give them in an impacts.${c.category} block`);
  }
  out.push(...impacts.map((c) => `  ${c.name}: ${c.indicator}; ${c.method}`));
  return out;
}

/**
 * The readable table `ailca assess` prints: embodied by component,
 * operational by component, annualised and lifetime totals, use-phase share,
 * the footprint by element, the inputs with status and source, and warnings.
 */
export function formatAssessment(r: Assessment): string {
  const out: string[] = [];
  out.push(`Study: ${r.study}`);
  const fu = r.functionalUnit;
  const fuText = fu.unit === 'year' ? 'one year of operation' : fu.unit === 'lifetime' ? 'the whole service life' : (fu.label ?? '').replace(/^footprint /, '');
  const fuValue = fu.value !== 0 && Math.abs(fu.value) < 1 ? fu.value.toPrecision(4) : formatFixed(fu.value); // per-request values are small
  out.push(`Functional unit: ${fuText} → ${fuValue} ${fu.valueUnit}`);
  if (r.greenScore !== undefined) out.push(`Green Score: ${describeRatio(r.greenScore, (x) => x.toPrecision(4))} (accuracy in % per kgCO2e of the functional unit)`);
  out.push('', 'Embodied (manufacturing), whole life');
  out.push(renderTable([...r.embodied.components.map((c) => [`  ${c.name}`, c.technology ?? '', formatFixed(c.kgCO2e), 'kgCO2e']), ['  total', '', formatFixed(r.embodied.totalKgCO2e), 'kgCO2e']], [2]));
  out.push('', 'Operational (use), per year');
  out.push(
    renderTable(
      [
        ...r.operational.components.map((c) => [`  ${c.name}`, c.energyKWh === undefined ? '' : `${formatFixed(c.energyKWh)} kWh`, formatFixed(c.kgCO2e), 'kgCO2e/year']),
        ['  total', `${formatFixed(r.operational.annualEnergyKWh)} kWh`, formatFixed(r.operational.annualKgCO2e), 'kgCO2e/year'],
      ],
      [1, 2],
    ),
  );
  out.push('', 'Footprint');
  out.push(
    renderTable(
      [
        ['  embodied per year', formatFixed(r.annualized.embodiedKgCO2e), 'kgCO2e/year'],
        ['  operational per year', formatFixed(r.annualized.operationalKgCO2e), 'kgCO2e/year'],
        ['  annualised total', formatFixed(r.annualized.totalKgCO2e), 'kgCO2e/year'],
        ['  whole service life', formatFixed(r.lifetime.totalKgCO2e), 'kgCO2e'],
        ['  use-phase share', describeRatio(r.usePhaseShare, (x) => `${formatFixed(x * 100, 1)} %`), ''],
      ],
      [1],
    ),
  );
  out.push('', 'By element (per year)');
  out.push(
    renderTable(
      [['  element', 'embodied', 'operational', 'total'], ...(['model', 'data', 'server', 'cloud'] as const).map((e) => [`  ${e}`, formatFixed(r.byElement[e].embodiedKgCO2e), formatFixed(r.byElement[e].operationalKgCO2e), formatFixed(r.byElement[e].totalKgCO2e)])],
      [1, 2, 3],
    ),
  );
  if (r.impacts !== undefined) out.push('', ...formatImpacts(r.impacts));
  out.push('', 'Inputs');
  out.push(
    renderTable(
      r.inputs.map((i) => [`  ${i.path}`, i.distribution ?? formatInput(i.value), i.unit === '1' || i.distribution !== undefined ? '' : i.unit, i.status, i.source?.dataset ? `${i.source.dataset.name}@${i.source.dataset.version}: ${i.source.citation}` : (i.source?.citation ?? '')]),
      [1],
    ),
  );
  if (r.warnings.length > 0) out.push('', 'Warnings', ...r.warnings.map((w) => `  ! ${w}`));
  out.push('', `ailca ${r.provenance.version}${r.provenance.datasets.length > 0 ? `; datasets ${r.provenance.datasets.map((d) => `${d.name}@${d.version}`).join(', ')}` : ''}`);
  return out.join('\n');
}
