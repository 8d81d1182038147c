export * from './types';
export * from './travel-time';
export { visitPairKey, parseClock, formatClock, siteSlots, validateOpenHouseInstance } from './compile';
export { checkPlan } from './check-plan';
export { planOpenHouse } from './plan';
export { siteVisitors, candidateRoute, editPlan, type PlanEdit, type SlotVisitors } from './views';
export { parseOpenHouseFile, formatOpenHouseResult, OpenHouseFileError } from './instance-file';
