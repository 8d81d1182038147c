import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what BITV 2.0 / EN 301 549 ask of a public body's service. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One problem found on a page, in a form that reads well in a test failure. */
export interface A11yProblem {
  rule: string;
  impact: string;
  target: string;
  help: string;
}

export interface A11yOptions {
  /** CSS selectors to leave out (e.g. a third-party map tile layer); keep this empty wherever possible. */
  exclude?: string[];
  /** Measure the boxes of buttons and links (WCAG 2.5.8, 24 × 24 px); on by default. */
  targetSize?: boolean;
}

/**
 * Checks the current page state for accessibility problems and fails the test with a readable list:
 * axe-core with the WCAG 2.2 A/AA tags, plus two checks axe cannot do — the contrast of Arabic-script
 * text (axe leaves pure-Arabic text nodes out of its contrast rule) and the size of touch targets.
 * Call it on every page state a test reaches.
 */
export async function expectAccessible(page: Page, label: string, options: A11yOptions = {}): Promise<void> {
  const problems = await findA11yProblems(page, options);
  expect(problems, `accessibility problems on "${label}" (${page.url()}):\n${formatProblems(problems)}`).toEqual([]);
}

/** The same checks as {@link expectAccessible}, returning the problems instead of failing. */
export async function findA11yProblems(page: Page, options: A11yOptions = {}): Promise<A11yProblem[]> {
  // Wait until pending transitions (menus, dialogs) have settled, or axe sees half-transparent colours.
  await page.waitForLoadState('domcontentloaded');
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
  await page.evaluate(() => {
    const finite = document
      .getAnimations()
      .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
    const settled = Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
    return Promise.race([settled, new Promise((done) => setTimeout(done, 2_000))]).then(() => undefined);
  });

  // Legacy mode runs axe in the page itself (the app has no frames), without the extra page per run that
  // the frame-by-frame mode opens: about twice as fast. Only violations are collected.
  // options() replaces the whole options object, so it comes before withTags() (which sets runOnly).
  let builder = new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    .setLegacyMode(true);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const problems: A11yProblem[] = [];
  for (const violation of results.violations) {
    for (const node of violation.nodes) {
      problems.push({
        rule: violation.id,
        impact: violation.impact ?? 'unknown',
        target: node.target.map(String).join(' '),
        help: `${violation.help} — ${node.failureSummary?.replace(/\s+/g, ' ').trim() ?? ''}`.trim(),
      });
    }
  }
  problems.push(...(await arabicContrastProblems(page, options.exclude ?? [])));
  if (options.targetSize !== false) problems.push(...(await targetSizeProblems(page, options.exclude ?? [])));
  return problems;
}

export function formatProblems(problems: A11yProblem[]): string {
  return problems
    .map((problem, index) => `${index + 1}. [${problem.impact}] ${problem.rule} at ${problem.target}\n   ${problem.help}`)
    .join('\n');
}

/**
 * Contrast of every element whose own text contains Arabic script (Arabic, Farsi), computed in the page:
 * the text colour is composited over the backgrounds of its ancestors; 4.5:1 for normal text, 3:1 for
 * large text (24 px, or 18.66 px bold). Elements over a background image are left out (not decidable).
 */
export async function arabicContrastProblems(page: Page, exclude: string[] = []): Promise<A11yProblem[]> {
  return page.evaluate((excluded) => {
    const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    type Rgba = [number, number, number, number];
    const parse = (colour: string): Rgba => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#000';
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const alpha = top[3] + bottom[3] * (1 - top[3]);
      if (alpha === 0) return [0, 0, 0, 0];
      const mix = (i: number) => (top[i]! * top[3] + bottom[i]! * bottom[3] * (1 - top[3])) / alpha;
      return [mix(0), mix(1), mix(2), alpha];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const hex = ([r, g, b]: Rgba) =>
      `#${[r, g, b].map((value) => Math.round(value).toString(16).padStart(2, '0')).join('')}`;
    const describe = (element: Element) => {
      const parts: string[] = [];
      let current: Element | null = element;
      while (current && parts.length < 4 && current !== document.body) {
        let part = current.tagName.toLowerCase();
        if (current.id) part += `#${current.id}`;
        else if (current.classList.length > 0) part += `.${Array.from(current.classList).slice(0, 2).join('.')}`;
        parts.unshift(part);
        current = current.parentElement;
      }
      return parts.join(' > ');
    };

    const problems: { rule: string; impact: string; target: string; help: string }[] = [];
    const seen = new Set<Element>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      if (!ARABIC.test(text)) continue;
      const element = node.parentElement;
      if (!element || seen.has(element)) continue;
      seen.add(element);
      if (excluded.some((selector) => element.closest(selector))) continue;
      if (element.closest('[aria-hidden="true"], [hidden], script, style, noscript, [disabled], [aria-disabled="true"]')) continue;
      const rect = element.getBoundingClientRect();
      if (rect.width < 1 || rect.height < 1) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible') continue;
      // Visually hidden text for screen readers (clip to 1 px) has no contrast to check.
      if (style.clip === 'rect(0px, 0px, 0px, 0px)' || (rect.width <= 1 && rect.height <= 1)) continue;

      let opacity = 1;
      const backgrounds: Rgba[] = [];
      let undecidable = false;
      for (let current: Element | null = element; current; current = current.parentElement) {
        const currentStyle = getComputedStyle(current);
        opacity *= Number(currentStyle.opacity);
        if (currentStyle.backgroundImage !== 'none') {
          undecidable = true;
          break;
        }
        const background = parse(currentStyle.backgroundColor);
        if (background[3] > 0) backgrounds.push(background);
        if (background[3] >= 1) break;
      }
      if (undecidable || opacity === 0) continue;
      let background: Rgba = [255, 255, 255, 1];
      for (const layer of backgrounds.reverse()) background = over(layer, background);
      const foreground = parse(style.color);
      foreground[3] *= opacity;
      const text_ = over(foreground, background);
      const [light, dark] = [luminance(text_), luminance(background)].sort((a, b) => b - a);
      const ratio = (light! + 0.05) / (dark! + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const required = large ? 3 : 4.5;
      if (ratio + 0.005 < required) {
        problems.push({
          rule: 'arabic-color-contrast',
          impact: 'serious',
          target: describe(element),
          help: `Arabic-script text "${text.trim().slice(0, 40)}" has contrast ${ratio.toFixed(2)}:1 (${hex(text_)} on ${hex(background)}, ${size}px${bold ? ' bold' : ''}); at least ${required}:1 is required`,
        });
      }
    }
    return problems;
  }, exclude);
}

/**
 * Buttons, links and other controls smaller than 24 × 24 px (WCAG 2.5.8). Links inside running text are
 * exempt (the "inline" exception), as are controls not on screen. Stricter than axe's target-size rule,
 * which also lets small targets pass when they stand apart.
 */
export async function targetSizeProblems(page: Page, exclude: string[] = []): Promise<A11yProblem[]> {
  return page.evaluate((excluded) => {
    const MIN = 24;
    const selector = [
      'a[href]',
      'button',
      'select',
      'summary',
      'input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])',
      '[role="button"]',
      '[role="link"]',
      '[role="menuitem"]',
      '[role="tab"]',
      '[role="switch"]',
    ].join(', ');
    const describe = (element: Element) => {
      const parts: string[] = [];
      let current: Element | null = element;
      while (current && parts.length < 4 && current !== document.body) {
        let part = current.tagName.toLowerCase();
        if (current.id) part += `#${current.id}`;
        else if (current.classList.length > 0) part += `.${Array.from(current.classList).slice(0, 2).join('.')}`;
        parts.unshift(part);
        current = current.parentElement;
      }
      return parts.join(' > ');
    };
    // A link is "inline" when it sits in a line of text: its block has text outside the link.
    const isInline = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block: Element | null = element.parentElement;
      while (block && getComputedStyle(block).display === 'inline') block = block.parentElement;
      if (!block) return false;
      const own = (element.textContent ?? '').trim().length;
      const all = (block.textContent ?? '').trim().length;
      return all > own;
    };
    const problems: { rule: string; impact: string; target: string; help: string }[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      if (excluded.some((excludedSelector) => element.closest(excludedSelector))) continue;
      if (element.closest('[aria-hidden="true"], [hidden], [inert]')) continue;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || style.display === 'none') continue;
      // What a finger hits: a transparent input (switches) is operated through its label; an input inside a
      // field box (the search field of a multi-select) through the whole box.
      let target: Element = element;
      if (element.tagName === 'INPUT' && Number(style.opacity) === 0) target = element.closest('label') ?? element;
      const box = element.parentElement?.closest('.mantine-Input-input, .mantine-PillsInput-input');
      if (box) target = box;
      const rect = target.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Skip links ("skip to content") and other visually hidden controls.
      if (rect.width <= 1 || rect.height <= 1) continue;
      if (element.tagName === 'A' && isInline(element)) continue;
      if (rect.width + 0.5 < MIN || rect.height + 0.5 < MIN) {
        problems.push({
          rule: 'touch-target-size',
          impact: 'serious',
          target: describe(element),
          help: `"${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}" is ${rect.width.toFixed(1)} × ${rect.height.toFixed(1)} px; at least ${MIN} × ${MIN} px is required (WCAG 2.5.8)`,
        });
      }
    }
    return problems;
  }, exclude);
}

/** Runs {@link expectAccessible} as its own named step, so the report shows which page state failed. */
export async function checkA11y(page: Page, label: string, options: A11yOptions = {}): Promise<void> {
  await test.step(`accessibility: ${label}`, () => expectAccessible(page, label, options));
}
