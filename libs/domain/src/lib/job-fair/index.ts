export * from './types';
export { pairMentors, checkPairing, summarisePairing, sharesLanguage, sameTown } from './pairing';
export { planFair, compareBooths, type FairPlans } from './plans';
