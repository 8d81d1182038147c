/** A string value in a Meilisearch filter expression, quoted and escaped (JSON string syntax is what it accepts). */
export function quote(value: string): string {
  return JSON.stringify(value);
}
