import { IscoGroup, KldbIscoMapping, KldbOccupation, OccupationSkill, ReferenceDataImport } from '../modules/taxonomy/reference-tables.entity';
import { TaxonomyConcept } from '../modules/taxonomy/taxonomy-concept.entity';
import { TaxonomyLabel } from '../modules/taxonomy/taxonomy-label.entity';
import { Town } from '../modules/towns/town.entity';

// Listed explicitly: glob paths do not resolve inside the bundled API.
export const ENTITIES = [
  TaxonomyConcept,
  TaxonomyLabel,
  OccupationSkill,
  IscoGroup,
  KldbOccupation,
  KldbIscoMapping,
  ReferenceDataImport,
  Town,
];
