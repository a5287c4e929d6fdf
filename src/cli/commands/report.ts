import { basename, dirname, extname, join } from 'node:path';
import { InputError } from '../../errors/index.js';
import { DEFAULT_MAX_DATA_BYTES } from '../../io/index.js';
import { mergeShardFiles } from '../merge-shard-files.js';
import { BACKEND_NAMES } from '../../mc/index.js';
import { buildReport, figuresFolder, inputFilesOf, refuseOverwrite, REPORT_DEFAULTS, writeFigureSpecs, writeReport, type ReportFormat, type ReportStage } from '../../report/index.js';
import { loadStudyFile } from '../../scenarios/index.js';
import { choice, parseArgs } from '../args.js';
import { atFlags, REPORT_FLAGS } from '../flag-errors.js';
import type { CommandIO } from '../io.js';
import { readLimitsFromArgv, READ_FLAGS, READ_FLAGS_OPTIONS, READ_FLAGS_USAGE } from '../read-flags.js';
import { COUNT_RANGE, integerFlag, SAMPLES_RANGE, SCENARIO_SAMPLES_RANGE, SEED_RANGE } from '../numbers.js';
import { progressBar, type ProgressBar } from '../progress.js';
import { explainBackend } from '../explain-backend.js';

/** Usage text of `ailca report`. */
export const REPORT_USAGE = `ailca report STUDY.json [--out PATH] [--format html|md|json|pdf] [--charts svg|vega-lite] [--samples N] [--seed S] [--sobol-samples N] [--scenario-samples N] [--backend auto|webgpu|webasm|cpu|js] [--mc-from DIR] [--explain]

The LCA report of a study, structured like an ISO 14040/14044 study: goal and
scope, inventory, impact assessment, interpretation (uncertainty, sensitivity,
scenarios), data quality and provenance, with charts. Runs the deterministic
assessment, N Monte Carlo samples (default 1e6), a tornado and Sobol indices
(N = 4096 base samples) and each scenario (1e5 samples), all with seed S
(default 1). Writes reports/STUDY.html unless --out says otherwise; the format
follows --format or the extension of --out (.html, .md, .json, .pdf;
any other needs --format). md writes NAME.md and
NAME-figures/*.svg; pdf needs Chromium (apt-get install -y chromium).
--charts vega-lite also writes each chart as a Vega-Lite v5 spec with its
data inline, NAME-figures/CHART.vl.json beside the report, for restyling
in any Vega-Lite tool; svg (the default) writes only the report.
--mc-from DIR takes the Monte Carlo stage from the merged shards in DIR
(ailca mc --shards, docs/scaling.md) instead of running it: their seed and N
are the report's, shards of another study are refused, and missing samples
are stated in the report and on stderr.

${READ_FLAGS_USAGE}`;

const EXTENSIONS: Readonly<Record<string, ReportFormat>> = { '.html': 'html', '.htm': 'html', '.md': 'md', '.json': 'json', '.pdf': 'pdf' };

const STAGE_LABELS: Readonly<Record<ReportStage, string>> = { 'monte-carlo': 'monte carlo', tornado: 'tornado', sobol: 'sobol', scenarios: 'scenarios' };

/** The format and path to write: --format wins, else the extension of --out, else HTML in reports/. */
function target(study: string, flags: Readonly<Record<string, string | true>>): { format: ReportFormat; out: string } {
  const out = flags.out;
  if (out === true) throw new InputError({ path: '--out', received: out, expected: 'a file path such as reports/study.html', problem: 'has no value' });
  const fromExt = out === undefined ? undefined : EXTENSIONS[extname(out).toLowerCase()];
  const format = flags.format === undefined ? (fromExt ?? 'html') : choice(flags, 'format', ['html', 'md', 'json', 'pdf'] as const, 'html');
  // `--out report.txt` used to get HTML under a name that says text: an extension that names no format needs --format.
  if (out !== undefined && fromExt === undefined && flags.format === undefined) {
    const stem = extname(out) === '' ? out : out.slice(0, -extname(out).length);
    throw new InputError({ path: '--out', received: out, expected: 'a path ending in .html, .md, .json or .pdf, or --format FORMAT', problem: 'has no report extension, so the format is unknown', fix: `write --out ${stem}.html, or add --format html` });
  }
  if (out !== undefined && fromExt !== undefined && fromExt !== format) {
    throw new InputError({ path: '--out', received: out, expected: `a .${format} file for --format ${format}`, problem: `has the extension of ${fromExt}`, fix: `write --out ${out.slice(0, -extname(out).length)}.${format}, or leave out --format` });
  }
  return { format, out: out ?? join('reports', `${basename(study, extname(study))}.${format}`) };
}

/**
 * `ailca report STUDY.json …`: build the report (with a progress bar per
 * stage on a terminal, nothing when piped), write it and print where it is.
 * Ctrl-C stops it cleanly without writing.
 *
 * @returns the exit code: 0 written, 2 bad input, 130 interrupted
 */
export async function reportCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'format', 'charts', 'samples', 'seed', 'sobol-samples', 'scenario-samples', 'backend', 'mc-from', ...READ_FLAGS], ['explain'], READ_FLAGS_OPTIONS);
  const file = args.positional[0];
  if (file === undefined || args.positional.length > 1) {
    io.stderr(`usage: ${REPORT_USAGE}\n`);
    return 2;
  }
  const { format, out } = target(file, args.flags);
  const charts = choice(args.flags, 'charts', ['svg', 'vega-lite'] as const, 'svg');
  // A flag left out stays undefined, so that buildReport fills in REPORT_DEFAULTS and the
  // report's provenance lists it among the settings left at their defaults.
  const integer = (flag: string, range = COUNT_RANGE) => (args.flags[flag] === undefined ? undefined : integerFlag(args.flags[flag], `--${flag}`, undefined, range));
  const options = {
    samples: integer('samples', SAMPLES_RANGE),
    seed: integer('seed', SEED_RANGE),
    sobolSamples: integer('sobol-samples'),
    scenarioSamples: integer('scenario-samples', SCENARIO_SAMPLES_RANGE),
    backend: args.flags.backend === undefined ? undefined : choice(args.flags, 'backend', BACKEND_NAMES, REPORT_DEFAULTS.backend),
  };
  const studyFile = loadStudyFile(file, readLimitsFromArgv(argv));
  const mcFrom = args.flags['mc-from'];
  const monteCarlo = typeof mcFrom === 'string' ? mergeShardFiles([mcFrom], readLimitsFromArgv(argv).maxFileSize ?? DEFAULT_MAX_DATA_BYTES) : undefined;
  // `--out s.json` used to replace the study with its report; refuse before the Monte Carlo run, not after.
  const folders = format === 'md' || charts === 'vega-lite' ? [join(dirname(out), figuresFolder(out))] : [];
  refuseOverwrite('--out', [out], inputFilesOf(file, [studyFile.raw, studyFile.scenarios]), folders);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  let stage: ReportStage | undefined;
  let bar: ProgressBar | undefined;
  try {
    const report = await atFlags(() => buildReport(studyFile, {
      ...options,
      ...(monteCarlo ? { monteCarlo } : {}),
      signal: controller.signal,
      onProgress: (p) => {
        if (p.stage !== stage) {
          bar?.finish();
          stage = p.stage;
          bar = progressBar(io, STAGE_LABELS[p.stage].padEnd(11));
        }
        bar?.update(p.done, p.total);
      },
    }), REPORT_FLAGS);
    bar?.finish();
    const files = writeReport(report, out, format);
    const figures = format === 'md' ? ` (${files.length - 1} figures in ${join(dirname(out), figuresFolder(out))})` : '';
    const coverage = report.provenance.monteCarlo;
    if (args.flags.explain === true && coverage) io.stderr(explainBackend('report', coverage.backend, coverage.backendDescription));
    if (monteCarlo?.coverage?.complete === false && coverage) {
      io.stderr(`ailca report: INCOMPLETE Monte Carlo from ${String(mcFrom)}: ${coverage.completed} of ${coverage.samples} samples; missing ${monteCarlo.coverage.missing.map((m) => `${m.start}:${m.end}`).join(', ')} (stated in the report)\n`);
    }
    io.stdout(`report written to ${files[0]}${figures}\n`);
    if (charts === 'vega-lite') {
      const specs = writeFigureSpecs(report, out);
      io.stdout(`${specs.length} Vega-Lite specs written to ${join(dirname(out), figuresFolder(out))} (${specs.map((f) => basename(f)).join(', ')})\n`);
    }
    return 0;
  } catch (e) {
    bar?.finish();
    if (controller.signal.aborted) {
      io.stderr('ailca report: interrupted; no report was written\n');
      return 130;
    }
    throw e;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
