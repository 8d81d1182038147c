import type { de } from './catalogues/de';

/** The shape of one language's texts. German defines it; every other catalogue must match it key for key. */
export type Catalogue = typeof de;
