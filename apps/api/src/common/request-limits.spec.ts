import { nulFieldsOfUrl } from './request-limits';

describe('nulFieldsOfUrl', () => {
  it('finds nothing in ordinary URLs', () => {
    expect(nulFieldsOfUrl('/api/taxonomy/skills?q=Schwei%C3%9Fen&lang=de')).toEqual([]);
    expect(nulFieldsOfUrl('/api/towns')).toEqual([]);
    expect(nulFieldsOfUrl('/api/x?q=100%25')).toEqual([]);
  });

  it('names the path or the query parameter that carries a NUL, encoded or raw', () => {
    expect(nulFieldsOfUrl('/api/job-board/offers/abc%00def')).toEqual([
      { field: 'path', code: 'UNSAFE_INPUT', message: 'must not contain NUL characters' },
    ]);
    expect(nulFieldsOfUrl('/api/x?lang=de&q=a%00b').map((e) => e.field)).toEqual(['q']);
    expect(nulFieldsOfUrl('/api/x?q=a\u0000b').map((e) => e.field)).toEqual(['q']);
    expect(nulFieldsOfUrl('/api/x?na%00me=1').map((e) => e.field)).toEqual(['name']);
    expect(nulFieldsOfUrl('/api/x?%00=1').map((e) => e.field)).toEqual(['query']);
    expect(nulFieldsOfUrl('/a%00?b=%00').map((e) => e.field)).toEqual(['path', 'b']);
  });
});
