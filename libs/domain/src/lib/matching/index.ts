export * from './match-types';
export * from './score-match';
