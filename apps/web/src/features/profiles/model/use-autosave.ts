import { useCallback, useEffect, useRef, useState } from 'react';
import { profileFieldErrors, type ProfileFieldErrors } from './field-errors';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaveOptions<D, R> {
  initial: D;
  /** Sends the whole draft. */
  save: (draft: D) => Promise<R>;
  onSaved?: (result: R) => void;
  /** Wait this long after the last change before saving. */
  delay?: number;
}

export interface Autosave<D> {
  draft: D;
  /** Changes the draft; it is saved `delay` ms after the last change. */
  update: (change: (draft: D) => D) => void;
  /** Saves now if anything is unsaved (on step change, before publishing). */
  flush: () => Promise<boolean>;
  status: SaveStatus;
  error: unknown;
  fieldErrors: ProfileFieldErrors;
}

/** Keeps a draft and saves the whole of it, debounced, one request at a time. */
export function useAutosave<D, R>({
  initial,
  save,
  onSaved,
  delay = 1000,
}: AutosaveOptions<D, R>): Autosave<D> {
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<ProfileFieldErrors>({});

  const latest = useRef(initial);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef<Promise<boolean> | null>(null);
  const saveRef = useRef(save);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    saveRef.current = save;
    onSavedRef.current = onSaved;
  });

  const run = useCallback(async (): Promise<boolean> => {
    // One request at a time: a change made while saving is sent once the first answer is in.
    while (running.current) await running.current;
    if (!dirty.current) return true;
    dirty.current = false;
    const sent = latest.current;
    setStatus('saving');
    const attempt = (async () => {
      try {
        const result = await saveRef.current(sent);
        setError(null);
        setFieldErrors({});
        onSavedRef.current?.(result);
        if (!dirty.current) setStatus('saved');
        return true;
      } catch (caught) {
        setError(caught);
        setFieldErrors(profileFieldErrors(caught));
        setStatus('error');
        return false;
      }
    })();
    running.current = attempt;
    try {
      return await attempt;
    } finally {
      running.current = null;
    }
  }, []);

  const flush = useCallback(async () => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    const ok = await run();
    // A change typed during the request is still waiting.
    return dirty.current ? run() : ok;
  }, [run]);

  const update = useCallback(
    (change: (draft: D) => D) => {
      latest.current = change(latest.current);
      dirty.current = true;
      setDraft(latest.current);
      setStatus('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void run();
      }, delay);
    },
    [delay, run],
  );

  // Leaving the page does not lose the last changes.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (dirty.current) {
        dirty.current = false;
        saveRef.current(latest.current).catch(() => undefined);
      }
    },
    [],
  );

  return { draft, update, flush, status, error, fieldErrors };
}
