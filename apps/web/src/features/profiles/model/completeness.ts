import { PUBLISH_MINIMUM, type CompletenessItem } from '@passgenau/domain';

/**
 * Items only others can fill in: how well a candidate masters a competence is evidence from a mentor's
 * observation or an assessment by a provider that Team IBA confirms, never the candidate's own word.
 */
export const ADDED_BY_OTHERS: readonly CompletenessItem[] = ['evidence'];

/** What is still missing, split into what the reader can add and what others add. */
export function splitMissing(missing: readonly CompletenessItem[]): {
  own: CompletenessItem[];
  byOthers: CompletenessItem[];
} {
  return {
    own: missing.filter((item) => !ADDED_BY_OTHERS.includes(item)),
    byOthers: missing.filter((item) => ADDED_BY_OTHERS.includes(item)),
  };
}

/** A reason publishing would be refused: no consent, or an item of the publishing minimum. */
export type PublishNeed = 'consent' | 'german_level' | 'competences' | 'wishes' | 'home_place';

/**
 * What must happen before "Publish" can succeed, in the order the API checks it. `consentGiven` is
 * null while the consent status is unknown: the API then decides.
 */
export function publishNeeds(
  missing: readonly CompletenessItem[],
  consentGiven: boolean | null,
): PublishNeed[] {
  const items = PUBLISH_MINIMUM.filter((item) => missing.includes(item)) as PublishNeed[];
  return consentGiven === false ? ['consent', ...items] : items;
}
