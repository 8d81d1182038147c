import { useCallback, useEffect, useRef, useState } from 'react';

/** Marks what may take focus from the script only (headings, alerts), not by Tab. */
function makeFocusable(element: HTMLElement): HTMLElement {
  if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) element.tabIndex = -1;
  return element;
}

/**
 * Moves focus to the first field marked invalid inside `container` (in document order), or else to
 * the form's general error message (`role="alert"`). Returns whether something took focus.
 */
export function focusFirstInvalid(container: HTMLElement | null): boolean {
  if (!container) return false;
  const field = Array.from(container.querySelectorAll<HTMLElement>('[aria-invalid="true"]')).find(
    (element) => !element.closest('[hidden], [aria-hidden="true"]') && !(element as HTMLInputElement).disabled,
  );
  const target = field ?? container.querySelector<HTMLElement>('[role="alert"]');
  if (!target) return false;
  makeFocusable(target).focus();
  if (document.activeElement !== target) return false;
  // The browser scrolls the field into view; the label above it should be visible too.
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * Every form's submit focus: after a submit that the form's own checks refused (`focusInvalid()`),
 * and whenever the server refuses it (`serverError` turns into a new error), focus goes to the first
 * invalid field or, if no field is named, to the form's error message. Put `ref` on the <form>.
 */
export function useFocusInvalid<T extends HTMLElement = HTMLFormElement>(serverError?: unknown) {
  const ref = useRef<T>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (attempt > 0) focusFirstInvalid(ref.current);
  }, [attempt]);

  useEffect(() => {
    if (serverError) focusFirstInvalid(ref.current);
  }, [serverError]);

  const focusInvalid = useCallback(() => setAttempt((n) => n + 1), []);
  return { ref, focusInvalid };
}
