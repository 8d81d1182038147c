import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from 'react-router-dom';

/** How long after a route change the new page may take to show its heading (data still loading). */
const HEADING_WAIT_MS = 8000;
/** Without an h1 by then, a page's first h2 names it. */
const H1_GRACE_MS = 1200;

/** The window title of a page: its (translated) heading, then the product's name, in every language. */
export function pageTitle(heading: string): string {
  return heading ? `${heading} – Passgenau` : 'Passgenau';
}

function headingText(heading: Element): string {
  return (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The page's heading: its h1, or (once the page had time to show one) its first h2. */
function pageHeading(main: HTMLElement, allowH2: boolean): HTMLElement | null {
  return main.querySelector<HTMLElement>('h1') ?? (allowH2 ? main.querySelector<HTMLElement>('h2') : null);
}

/**
 * The app shell's one mechanism for route changes, so that no page has to do it itself:
 * - the window title is "<page heading> – Passgenau" (the heading is translated; kept in step with it
 *   when the language changes or the page's data arrives);
 * - after a route change (sign-in, opening an offer, saving a new offer …) focus moves to the new
 *   page's h1 (made focusable with tabIndex -1), so a screen reader announces where the user is and
 *   the next Tab starts from there — unless the user already moved focus somewhere else meanwhile.
 * The first load keeps the browser's focus at the start of the document.
 */
export function useRouteFocusAndTitle(mainRef: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const firstLoad = useRef(true);

  useEffect(() => {
    const main = mainRef.current;
    if (!main) return;
    const moveFocus = !firstLoad.current;
    firstLoad.current = false;
    const focusedBefore = document.activeElement;
    const started = Date.now();
    let focusDone = !moveFocus;
    let allowH2 = false;

    const userMovedFocus = () => {
      const active = document.activeElement;
      return !(
        active === null ||
        active === document.body ||
        active === main ||
        active === focusedBefore ||
        !active.isConnected
      );
    };

    const apply = () => {
      const heading = pageHeading(main, allowH2);
      const text = heading ? headingText(heading) : '';
      const title = pageTitle(text);
      if (document.title !== title) document.title = title;
      if (focusDone || !heading || !text) return;
      if (Date.now() - started > HEADING_WAIT_MS || userMovedFocus()) {
        focusDone = true;
        return;
      }
      focusDone = true;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      // A new page starts at its top, with its heading in view.
      heading.focus({ preventScroll: true });
      window.scrollTo({ top: 0 });
      heading.scrollIntoView?.({ block: 'nearest' });
    };

    const observer = new MutationObserver(apply);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    const grace = window.setTimeout(() => {
      allowH2 = true;
      apply();
    }, H1_GRACE_MS);
    apply();
    return () => {
      observer.disconnect();
      window.clearTimeout(grace);
    };
  }, [pathname, mainRef]);
}
