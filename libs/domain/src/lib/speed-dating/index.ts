export * from './types';
export { pairKey, splitPairKey, checkSchedule, scoreOf, fairnessOf } from './compile';
export { maxWeightBMatching, bipartiteEdgeColouring } from './flow';
export { planExact, planSchedule, replanSchedule, type ReplanInput } from './schedule';
export * from './instance-file';
export * from './event';
