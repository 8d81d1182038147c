export * from './lib/languages';
export * from './lib/taxonomy';
export * from './lib/text-folding';
export * from './lib/cefr';
export * from './lib/roles';
export * from './lib/consent';
export * from './lib/companies';
export * from './lib/profile';
