/**
 * Wraps a name or address that goes into a translated sentence in Unicode isolates (FSI … PDI), so a
 * Latin name inside Arabic text (or an Arabic name inside German text) does not reorder the sentence.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
