import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { profileFieldErrors, stepOfField, stepsWithErrors } from './field-errors';
import { useAutosave } from './use-autosave';

interface Draft {
  a: number;
  b: string;
}

describe('useAutosave', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves the whole draft once, a second after the last of several changes', async () => {
    const save = vi.fn(async (draft: Draft) => draft);
    const { result } = renderHook(() => useAutosave({ initial: { a: 0, b: 'x' }, save, delay: 1000 }));

    act(() => result.current.update((draft) => ({ ...draft, a: 1 })));
    await act(async () => vi.advanceTimersByTimeAsync(600));
    act(() => result.current.update((draft) => ({ ...draft, b: 'y' })));
    expect(result.current.status).toBe('pending');
    await act(async () => vi.advanceTimersByTimeAsync(999));
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(1));

    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith({ a: 1, b: 'y' });
    expect(result.current.status).toBe('saved');
  });

  it('saves at once on flush (step change) and not again when the timer runs out', async () => {
    const save = vi.fn(async (draft: Draft) => draft);
    const { result } = renderHook(() => useAutosave({ initial: { a: 0, b: 'x' }, save }));

    act(() => result.current.update((draft) => ({ ...draft, a: 5 })));
    await act(async () => {
      await result.current.flush();
    });
    expect(save).toHaveBeenCalledWith({ a: 5, b: 'x' });
    await act(async () => vi.advanceTimersByTimeAsync(2000));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('sends a change made while saving after the first answer, with the newest draft', async () => {
    let release: (() => void) | undefined;
    const save = vi.fn(
      (draft: Draft) =>
        new Promise<Draft>((resolve) => {
          release = () => resolve(draft);
        }),
    );
    const { result } = renderHook(() => useAutosave({ initial: { a: 0, b: 'x' }, save, delay: 100 }));
    act(() => result.current.update((draft) => ({ ...draft, a: 1 })));
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(result.current.status).toBe('saving');
    act(() => result.current.update((draft) => ({ ...draft, a: 2 })));
    await act(async () => vi.advanceTimersByTimeAsync(100));
    expect(save).toHaveBeenCalledTimes(1);
    await act(async () => release?.());
    await act(async () => vi.advanceTimersByTimeAsync(0));
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith({ a: 2, b: 'x' });
    await act(async () => release?.());
    expect(result.current.status).toBe('saved');
  });

  it('keeps the field errors of a refused save by field path', async () => {
    const save = vi.fn(async () => {
      throw new ApiError({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'invalid',
        errors: [
          {
            field: 'languages.0.overall',
            code: 'NOT_ALLOWED',
            message: 'overall must be one of A1, A2, B1, B2, C1, C2',
          },
          { field: 'competences.0.code', code: 'UNKNOWN_CODE', message: 'unknown taxonomy code' },
        ],
      });
    });
    const { result } = renderHook(() => useAutosave({ initial: { a: 0, b: 'x' }, save }));
    act(() => result.current.update((draft) => ({ ...draft, a: 1 })));
    await act(async () => vi.advanceTimersByTimeAsync(1000));

    expect(result.current.status).toBe('error');
    expect(result.current.fieldErrors).toEqual({
      'languages.0.overall': 'profiles.errors.invalid',
      'competences.0.code': 'profiles.errors.unknownCode',
    });
  });
});

describe('profile field errors', () => {
  it('names the text for each field the API named', () => {
    const error = new ApiError({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'invalid',
      errors: [
        // The texts come from the codes alone: the English messages are deliberately misleading.
        { field: 'competences.1.evidence.0.observedOn', code: 'DATE_IN_FUTURE', message: 'too long' },
        { field: 'texts.0.text', code: 'TOO_LONG', limit: 4000, message: 'in the future' },
        { field: 'mobility.homeTownAgs', code: 'UNKNOWN_TOWN', message: 'unknown taxonomy code' },
        { field: 'competences.2.code', code: 'DUPLICATE', message: 'listed twice' },
        { field: 'wishes.occupations.0', code: 'UNKNOWN_CODE', message: 'x' },
        { field: 'birthYear', code: 'REQUIRED', message: 'y' },
      ],
    });
    expect(profileFieldErrors(error)).toEqual({
      'competences.1.evidence.0.observedOn': 'profiles.errors.future',
      'texts.0.text': 'profiles.errors.tooLong',
      'mobility.homeTownAgs': 'fieldErrors.UNKNOWN_TOWN',
      'competences.2.code': 'fieldErrors.DUPLICATE',
      'wishes.occupations.0': 'profiles.errors.unknownCode',
      birthYear: 'profiles.errors.required',
    });
    expect(profileFieldErrors(new Error('network'))).toEqual({});
  });

  it('finds the wizard step of a field', () => {
    expect(stepOfField('languages.0.overall')).toBe('languages');
    expect(stepOfField('germanCertificates.0.issuedOn')).toBe('languages');
    expect(stepOfField('schooling.country')).toBe('skills');
    expect(stepOfField('competences.3.code')).toBe('competences');
    expect(stepOfField('education.0.title')).toBe('experience');
    expect(stepOfField('wishes.occupations.0')).toBe('wishes');
    expect(stepOfField('workPermit')).toBe('mobility');
    expect([
      ...stepsWithErrors({
        'mobility.travelKm': 'profiles.errors.invalid',
        'competences.0.code': 'profiles.errors.invalid',
      }),
    ]).toEqual(['mobility', 'competences']);
  });
});
