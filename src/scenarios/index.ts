/**
 * Scenarios: named variants of a study (set values at study paths), compared
 * side by side.
 * @module
 */
export { applyScenario, parseScenarios, splitScenarios, type Scenario } from './scenario.js';
export { parsePath, setPath, type PathStep } from './path.js';
export { loadStudy, loadStudyFile, type StudyFile } from './load-study-file.js';
export { checkScenarios } from './check-scenarios.js';
