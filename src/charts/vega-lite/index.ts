/**
 * Vega-Lite v5 specifications of the charts, with their data inline: the
 * same data, labels, units and titles as the SVG charts, for restyling in
 * any Vega-Lite tool. One function per chart, taking the SVG chart's inputs.
 * @module
 */
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';
export { histogramSpec } from './histogram-spec.js';
export { tornadoSpec } from './tornado-spec.js';
export { stackedBarSpec } from './stacked-bar-spec.js';
export { contributionSpec } from './contribution-spec.js';
export { sobolSpec } from './sobol-spec.js';
export { scenarioSpec } from './scenario-spec.js';
