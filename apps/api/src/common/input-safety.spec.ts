import 'reflect-metadata';
import { ArrayMaxSize, IsArray, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { findOversizedArrays, findUnsafeInput, MAX_ARRAY_LENGTH, MAX_INPUT_DEPTH } from './input-safety';

class Leaf {
  @IsArray() @ArrayMaxSize(2) tags!: string[];
}

class Root {
  @IsString() name!: string;
  @IsArray() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => Leaf) leaves!: Leaf[];
  @ValidateNested() @Type(() => Leaf) single!: Leaf;
}

describe('findUnsafeInput', () => {
  it('accepts ordinary values', () => {
    expect(findUnsafeInput({ a: [1, 'x', { b: null }], c: true })).toBeNull();
  });

  it('names the field with a NUL character in a value or a key', () => {
    expect(findUnsafeInput({ a: [{ b: 'x\u0000' }] })).toEqual({
      field: 'a.0.b',
      code: 'UNSAFE_INPUT',
      message: 'must not contain NUL characters',
    });
    expect(findUnsafeInput({ 'k\u0000': 1 })?.field).toBe('k\\0');
    expect(findUnsafeInput('x\u0000y', 'q')?.field).toBe('q');
  });

  it('refuses nesting deeper than the limit without recursion, even 100,000 deep', () => {
    const deep = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000));
    expect(findUnsafeInput({ list: deep })?.message).toContain(`${MAX_INPUT_DEPTH} levels`);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) ok = [ok];
    expect(findUnsafeInput(ok)).toBeNull();
  });

  it('refuses arrays longer than the general limit', () => {
    expect(findUnsafeInput({ list: new Array(MAX_ARRAY_LENGTH + 1).fill(0) })?.field).toBe('list');
  });
});

describe('findOversizedArrays', () => {
  it('reads @ArrayMaxSize of the DTO and its nested @Type classes', () => {
    expect(findOversizedArrays({ leaves: [{}, {}, {}, {}] }, Root)).toEqual([
      { field: 'leaves', code: 'TOO_MANY', message: 'leaves must contain no more than 3 elements', limit: 3 },
    ]);
    expect(findOversizedArrays({ leaves: [{ tags: ['a'] }, { tags: ['a', 'b', 'c'] }] }, Root)).toEqual([
      {
        field: 'leaves.1.tags',
        code: 'TOO_MANY',
        message: 'tags must contain no more than 2 elements',
        limit: 2,
      },
    ]);
    expect(findOversizedArrays({ single: { tags: [1, 2, 3] } }, Root)[0]?.field).toBe('single.tags');
  });

  it('leaves values within the limits and non-objects alone', () => {
    expect(findOversizedArrays({ leaves: [{ tags: ['a'] }], single: { tags: [] } }, Root)).toEqual([]);
    expect(findOversizedArrays('text', Root)).toEqual([]);
    expect(findOversizedArrays({ leaves: 'not a list' }, Root)).toEqual([]);
    expect(findOversizedArrays({ x: [1] }, String)).toEqual([]);
  });
});
