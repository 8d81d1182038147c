import { DomainError, FeatureErrorCode, statusForCode } from './domain-error';
import { toErrorBody } from './error.filter';

describe('feature error codes', () => {
  it('answer with the status of the common code they stand for, keeping their own code', () => {
    for (const [code, common] of Object.entries(FeatureErrorCode)) {
      const body = toErrorBody(new DomainError(code as FeatureErrorCode, 'refused'), 'req-1');
      expect(body).toEqual({
        statusCode: statusForCode(common),
        code,
        message: 'refused',
        requestId: 'req-1',
      });
    }
    expect(statusForCode('DUPLICATE_PAIR_NOT_FLAGGED')).toBe(409);
    expect(statusForCode('MERGE_NOT_RESTORABLE')).toBe(409);
  });

  it('are never mistaken for inherited object keys', () => {
    expect(() => statusForCode('toString' as FeatureErrorCode)).toThrow('unmapped error code');
  });
});
