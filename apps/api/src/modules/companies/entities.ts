// Entities of the companies feature, listed explicitly for the bundled API.
export const COMPANY_ENTITIES: Function[] = [];
