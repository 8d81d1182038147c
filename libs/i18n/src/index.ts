export * from './lib/languages';
export * from './lib/catalogue';
export * from './lib/resources';
