import type { EvidenceTier, MatchExplanation } from '@passgenau/domain';
import type { LocaleCode } from '@passgenau/i18n';
import { html, printDocument, textIn, trusted, type SafeHtml } from '../print-html';
import { formatDay, formatNumber } from '../print-format';
import type { Translate } from '../print-texts';

/** A label in the language it was found in (a fallback may be in another). */
export interface PrintLabel {
  text: string;
  lang: string | null;
}

export interface MatchListEntry {
  rank: number;
  pseudonym: string;
  percent: number;
  offerTitle: string;
  germanOverall: string | null;
  townName: string | null;
  explanation: MatchExplanation;
  /** The pseudonymous profile in the web app, and its QR code as SVG markup (made by the qrcode library). */
  profileUrl: string;
  qrSvg: string;
}

export interface MatchListView {
  lang: LocaleCode;
  /** The event the list is printed for (title and day as printed), or null. */
  event: { title: string; day: string } | null;
  companyName: string;
  /** Set when the list is for one offer. */
  offerTitle: string | null;
  /** For a firm: the offers the list is drawn from. */
  offerTitles: string[];
  printedAt: string;
  printedBy: string;
  total: number;
  entries: MatchListEntry[];
  label: (code: string) => PrintLabel;
}

/**
 * Every entry has the same height, so the page count is known beforehand: the first page has the
 * header and three entries, each further page four.
 */
export const MATCHES_ON_FIRST_PAGE = 3;
export const MATCHES_PER_PAGE = 4;

function endsPage(index: number): boolean {
  const after = index + 1 - MATCHES_ON_FIRST_PAGE;
  return after === 0 || (after > 0 && after % MATCHES_PER_PAGE === 0);
}

/** Pages of a match list with `entries` candidates. */
export function matchListPages(entries: number): number {
  return entries <= MATCHES_ON_FIRST_PAGE ? 1 : 1 + Math.ceil((entries - MATCHES_ON_FIRST_PAGE) / MATCHES_PER_PAGE);
}
/** Competences shown per entry and kind (covered, missing); the rest is counted. */
const MAX_COMPETENCES = 4;

const CSS = `
.entry { height: 62mm; overflow: hidden; font-size: 9pt; border: 0.3mm solid #999; border-radius: 2mm; padding: 2.5mm 3mm;
  margin-bottom: 3mm; display: grid; grid-template-columns: 1fr 27mm; gap: 3mm; break-inside: avoid; }
.entry.page-end { break-after: page; }
.list + .list { break-before: page; }
.entry h2 { display: flex; gap: 3mm; align-items: baseline; }
.entry h2 .percent { font-size: 10pt; font-weight: 400; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1mm 4mm; }
.facts { display: grid; grid-template-columns: auto 1fr; gap: 0.2mm 2mm; font-size: 8.5pt; margin: 1mm 0 0; }
.entry h3 { margin: 1mm 0 0.5mm; font-size: 9pt; }
.entry li { margin: 0 0 0.3mm; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.qr { text-align: center; font-size: 7pt; color: #333; }
.qr svg { width: 25mm; height: 25mm; display: block; margin: 0 auto 1mm; }
.legend { font-size: 8pt; margin-top: 1.5mm; }
.legend span { margin-inline-end: 3mm; }
`;

function mark(t: Translate, tier: EvidenceTier | 'missing'): SafeHtml {
  return html`<span class="mark ${tier}" title="${tier === 'missing' ? t('print.matchList.missing') : t(`matching.evidence.${tier}`)}">${t(`print.marks.${tier}`)}</span>`;
}

function competences(t: Translate, view: MatchListView, e: MatchExplanation): { has: SafeHtml; lacks: SafeHtml } {
  const has = [
    ...[...e.required.covered, ...e.niceToHave.covered].map((c) => ({ code: c.code, tier: c.evidence, via: null })),
    ...[...e.required.related, ...e.niceToHave.related].map((r) => ({ code: r.code, tier: r.evidence, via: r.via })),
  ];
  const lacks = [...e.required.missing, ...e.niceToHave.missing];
  const more = (n: number) => (n > 0 ? html`<li class="muted">+ ${n}</li>` : '');
  const none = html`<li class="muted">${t('print.common.none')}</li>`;
  return {
    has: html`<ul>${has.length === 0 ? none : ''}${has.slice(0, MAX_COMPETENCES).map((c) => {
      const l = view.label(c.code);
      return html`<li>${mark(t, c.tier)}${textIn(l.text, l.lang)}${
        c.via ? html` <span class="muted small">(${t('matching.competences.related', { via: view.label(c.via).text })})</span>` : ''
      }</li>`;
    })}${more(has.length - MAX_COMPETENCES)}</ul>`,
    lacks: html`<ul>${lacks.length === 0 ? none : ''}${lacks.slice(0, MAX_COMPETENCES).map((code) => {
      const l = view.label(code);
      return html`<li>${mark(t, 'missing')}${textIn(l.text, l.lang)}</li>`;
    })}${more(lacks.length - MAX_COMPETENCES)}</ul>`,
  };
}

/** The explanation's facts in the reader's words (the same catalogue texts the match page uses). */
export function explanationFacts(
  t: Translate,
  lang: LocaleCode,
  entry: Pick<MatchListEntry, 'explanation' | 'germanOverall' | 'townName'>,
): Array<{ term: string; text: string }> {
  const { language, distance, availability, workPermit } = entry.explanation;
  const km = (v: number | null) => formatNumber(v, lang);
  const germanParts = language.parts
    .filter((p) => p.gap > 0)
    .map((p) =>
      t('matching.language.part', {
        part: t(`matching.language.parts.${p.part}`),
        actual: p.actual ?? t('matching.language.unknownLevel'),
        minimum: p.minimum,
      }),
    );
  return [
    {
      term: t('print.matchList.german'),
      text: [entry.germanOverall ?? t('matching.language.unknownLevel'), t(`matching.language.fit.${language.fit}`), ...germanParts].join(' · '),
    },
    {
      term: t('print.matchList.town'),
      text: [
        entry.townName ?? t('print.common.none'),
        t(`matching.distance.${distance.fit}`, {
          km: km(distance.km),
          travelKm: km(distance.travelKm),
          offerMaxKm: km(distance.offerMaxKm),
        }),
      ].join(' · '),
    },
    {
      term: t('print.matchList.availability'),
      text:
        availability.fit === 'late'
          ? t('matching.availability.late', { count: availability.lateDays, startsOn: formatDay(availability.startsOn, lang) })
          : t(`matching.availability.${availability.fit}`, { startsOn: formatDay(availability.startsOn, lang) }),
    },
    { term: t('print.matchList.workPermit'), text: t(`matching.workPermit.${workPermit}`) },
  ];
}

function entryHtml(t: Translate, view: MatchListView, entry: MatchListEntry, pageEnd: boolean): SafeHtml {
  const { has, lacks } = competences(t, view, entry.explanation);
  const facts = explanationFacts(t, view.lang, entry);
  return html`<section class="entry${pageEnd ? ' page-end' : ''}" data-pseudonym="${entry.pseudonym}">
  <div>
    <h2><span>${entry.rank}. <bdi>${entry.pseudonym}</bdi></span><span class="percent">${t('matching.score', { percent: entry.percent })}</span></h2>
    ${view.offerTitle ? '' : html`<p class="small">${t('print.matchList.fitsOffer', { offer: '' })}${textIn(entry.offerTitle, 'de')}</p>`}
    <div class="cols">
      <div><h3>${t('print.matchList.matching')}</h3>${has}</div>
      <div><h3>${t('print.matchList.missing')}</h3>${lacks}</div>
    </div>
    <dl class="facts">${facts.map((f) => html`<dt>${f.term}</dt><dd>${f.text}</dd>`)}</dl>
  </div>
  <div class="qr">${trusted(entry.qrSvg)}<span>${t('print.matchList.qr')}</span></div>
</section>`;
}

/** One match list (header and entries); in a bundle each list starts on a new page. */
function matchListSection(t: Translate, view: MatchListView): SafeHtml {
  const tiers: EvidenceTier[] = ['self', 'mentor', 'assessed', 'confirmed'];
  return html`<section class="list"><header class="header">
  <h1>${t('print.matchList.title')}</h1>
  <div class="meta">
    <div>
      ${view.event ? html`<p><strong>${t('print.matchList.event')}:</strong> ${textIn(view.event.title, null)} · ${view.event.day}</p>` : ''}
      <p><strong>${t('print.matchList.company', { company: '' })}</strong>${textIn(view.companyName, null)}</p>
      ${view.offerTitle
        ? html`<p>${t('print.matchList.offer', { offer: '' })}${textIn(view.offerTitle, 'de')}</p>`
        : view.offerTitles.length > 0
          ? html`<p class="small">${t('print.matchList.offers', { offers: '' })}${textIn(view.offerTitles.join(' · '), 'de')}</p>`
          : ''}
      <p>${view.entries.length === 0 ? t('print.matchList.empty') : t('print.matchList.shown', { shown: view.entries.length, total: view.total })}</p>
    </div>
    <div class="small muted">${t('print.common.printedAt', { date: view.printedAt, by: view.printedBy })}</div>
  </div>
  <div class="legend">${t('print.matchList.legend')}: ${tiers.map((tier) => html`<span>${mark(t, tier)}${t(`matching.evidence.${tier}`)}</span>`)}<span>${mark(t, 'missing')}${t('print.matchList.missing')}</span></div>
  <p class="small muted">${t('print.common.confidential')}</p>
</header>
${view.entries.map((entry, i) => entryHtml(t, view, entry, endsPage(i) && i < view.entries.length - 1))}</section>`;
}

export function matchListHtml(t: Translate, view: MatchListView): string {
  const title = `${t('print.matchList.title')} – ${view.companyName}`;
  return printDocument({ lang: view.lang, title, css: CSS, body: matchListSection(t, view) });
}

/** Several match lists in one PDF (an event's firms), each from a new page: `sum(matchListPages)` pages. */
export function matchListsHtml(t: Translate, lang: LocaleCode, title: string, views: MatchListView[]): string {
  return printDocument({
    lang,
    title: `${t('print.matchList.title')} – ${title}`,
    css: CSS,
    body: html`${views.map((view) => matchListSection(t, view))}`,
  });
}
