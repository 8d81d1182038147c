import { UI_LANGUAGES, isUiLanguage, type ConceptLabels, type LabelSource } from '@passgenau/domain';

export interface LabelRow {
  lang: string;
  text: string;
  preferred: boolean;
  source: LabelSource;
}

// A coordinator's correction wins over ESCO, and ESCO over the product's own translation.
const SOURCE_RANK: Record<LabelSource, number> = { coordinator: 0, esco: 1, passgenau: 2 };

/** The one label per language that readers see. */
export function displayLabels(rows: LabelRow[]): ConceptLabels {
  const labels: ConceptLabels = {};
  const sorted = [...rows].sort(
    (a, b) => Number(b.preferred) - Number(a.preferred) || SOURCE_RANK[a.source] - SOURCE_RANK[b.source],
  );
  for (const row of sorted) {
    if (isUiLanguage(row.lang) && !labels[row.lang])
      labels[row.lang] = { text: row.text, source: row.source };
  }
  // Keep a stable language order in responses.
  return Object.fromEntries(
    UI_LANGUAGES.filter((l) => labels[l]).map((l) => [l, labels[l]]),
  ) as ConceptLabels;
}
