/**
 * Safe reading of files the user names: only regular files, under a size
 * cap, never quoting their contents in errors; and paths written inside a
 * study confined to the study's folder and the folders the user allows.
 * @module
 */
export { DEFAULT_MAX_DATA_BYTES, DEFAULT_MAX_STUDY_BYTES, type ReadLimits } from './read-limits.js';
export { readFileBytes, readTextFile } from './read-text-file.js';
export { resolveStudyPath } from './resolve-study-path.js';
