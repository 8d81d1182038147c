export interface TownCandidate {
  ags: string;
  name: string;
  lat: number;
  lon: number;
  postalCodes: string[];
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The town of the list a job-agency place lies in: by postal code (several towns can share one:
 * then the one whose name starts the place name, else the lowest AGS), else by the exact name.
 */
export function matchTown(
  towns: readonly TownCandidate[],
  postalCode: string | null,
  locality: string | null,
): TownCandidate | null {
  const place = locality ? fold(locality) : null;
  const nameFits = (town: TownCandidate) => {
    if (!place) return false;
    const name = fold(town.name);
    return (
      place === name || [' ', '-', ',', '('].some((separator) => place.startsWith(`${name}${separator}`))
    );
  };
  const byPostalCode = postalCode
    ? towns.filter((t) => t.postalCodes.includes(postalCode)).sort((a, b) => a.ags.localeCompare(b.ags))
    : [];
  if (byPostalCode.length > 0) return byPostalCode.find(nameFits) ?? byPostalCode[0]!;
  return towns.find((t) => place !== null && fold(t.name) === place) ?? null;
}
