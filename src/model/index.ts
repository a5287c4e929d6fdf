/**
 * The typed model of an AI system's four elements: the server (hardware), the
 * cloud (data centre and grid), and the model and data (the workload).
 * @module
 */
export type { Param, ParamStatus, SourceRef } from './param.js';
export type { IcTechnology, IntegratedCircuit, CircuitBoard, OtherPart, Component, PowerDraw, PowerModel, Server } from './server.js';
export type { Cloud } from './cloud.js';
export type { Workload } from './workload.js';
export { FUNCTIONAL_UNITS, type FunctionalUnit } from './functional-unit.js';
export type { Study, Correlation } from './study.js';
