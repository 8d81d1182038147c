import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Bidi marks that pdftotext puts around runs of another direction; they are not part of the text.
const BIDI_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A PDF's text (pdftotext, reading order, whitespace folded) and its page count (pdfinfo). */
export function readPdf(pdf: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'passgenau-pdf-'));
  try {
    const file = join(dir, 'printout.pdf');
    writeFileSync(file, pdf);
    const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      text: raw.replace(BIDI_MARKS, '').replace(/\s+/g, ' '),
      pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A supertest parser that keeps a binary body (a PDF) as one Buffer. */
export function binary(
  res: { on: (e: string, cb: (chunk?: Buffer) => void) => void },
  cb: (err: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk?: Buffer) => chunks.push(chunk as Buffer));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}
