import { localeInfo, type LocaleCode } from '@passgenau/i18n';
import { html, printDocument, textIn, trusted, type SafeHtml } from '../print-html';
import { translator, type Translate } from '../print-texts';

export interface PlanRound {
  /** 0-based, as the scheduler numbers rounds; printed 1-based. */
  index: number;
  start: string;
  end: string;
}

export interface TableMeeting {
  round: number;
  /** The candidate's pseudonym, or their first name where they allowed it. */
  candidate: string;
  interpreter: string | null;
}

export interface CandidateMeeting {
  round: number;
  table: number;
  firm: string;
  interpreter: string | null;
}

export interface SpeedDatingPlanView {
  /** Language of the table pages and the wall plan (the staff's). */
  lang: LocaleCode;
  eventTitle: string;
  eventDay: string;
  rounds: PlanRound[];
  tables: Array<{ number: number; firm: string; meetings: TableMeeting[] }>;
  /** Each candidate's page is in their own language. */
  candidates: Array<{ label: string; lang: LocaleCode; meetings: CandidateMeeting[] }>;
}

// Simple line icons drawn for these plans (clock, table, building, speech), for readers with little German.
const ICON = {
  clock: '<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/></svg>',
  table: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 9h18M6 9v10M18 9v10M9 5h6"/></svg>',
  firm: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20V8l6-3v15M10 20V10l10 3v7M3 20h18"/></svg>',
  speech: '<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5h16v10H9l-5 4z"/></svg>',
};

const CSS = `
@page wall { size: A4 landscape; margin: 10mm; }
.sheet { break-after: page; }
.sheet:last-child { break-after: auto; }
.table-no { font-size: 40pt; font-weight: 700; margin: 0; }
.plan { width: 100%; border-collapse: collapse; margin-top: 4mm; }
.plan th, .plan td { border: 0.3mm solid #666; padding: 2mm 3mm; text-align: start; vertical-align: top; }
.plan th { background: #e8eef5; }
.tables .plan td { font-size: 13pt; }
.person { font-size: 16pt; line-height: 1.5; }
.person h1 { font-size: 26pt; }
.person .who { font-size: 22pt; font-weight: 700; margin-bottom: 4mm; }
.person .meeting { display: grid; grid-template-columns: repeat(3, auto) 1fr; gap: 2mm 6mm; align-items: center;
  border: 0.5mm solid #1c4e80; border-radius: 3mm; padding: 3mm 4mm; margin-bottom: 3mm; break-inside: avoid; }
.person .meeting strong { font-size: 20pt; }
.icon { display: inline-flex; gap: 2mm; align-items: center; }
.icon svg { width: 9mm; height: 9mm; fill: none; stroke: #1c4e80; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.wall { page: wall; }
.wall .plan { font-size: 7.5pt; }
.wall .plan th, .wall .plan td { padding: 0.8mm 1.2mm; }
`;

/** Tables per wall-plan page (A4 landscape), so every name stays readable. */
export const WALL_TABLES_PER_PAGE = 16;

function roundTime(view: SpeedDatingPlanView, index: number): string {
  const round = view.rounds.find((r) => r.index === index);
  return round ? `${round.start}–${round.end}` : '';
}

function tablePage(t: Translate, view: SpeedDatingPlanView, table: SpeedDatingPlanView['tables'][number]): SafeHtml {
  const byRound = new Map(table.meetings.map((m) => [m.round, m]));
  return html`<section class="sheet tables" data-table="${table.number}">
  <p class="muted">${textIn(view.eventTitle, null)} · <bdi>${view.eventDay}</bdi></p>
  <h1 class="table-no">${t('print.plans.tableTitle', { table: table.number })}</h1>
  <h2>${textIn(table.firm, null)}</h2>
  <table class="plan"><thead><tr><th>${t('print.plans.round')}</th><th>${t('print.plans.time')}</th><th>${t('print.plans.candidate')}</th><th>${t('print.plans.interpreter')}</th></tr></thead>
  <tbody>${view.rounds.map((r) => {
    const m = byRound.get(r.index);
    return html`<tr><td>${r.index + 1}</td><td><bdi dir="ltr">${r.start}–${r.end}</bdi></td><td>${m ? html`<bdi>${m.candidate}</bdi>` : html`<span class="muted">${t('print.plans.free')}</span>`}</td><td>${m?.interpreter ?? ''}</td></tr>`;
  })}</tbody></table>
</section>`;
}

function candidatePage(candidate: SpeedDatingPlanView['candidates'][number], view: SpeedDatingPlanView): SafeHtml {
  // In the candidate's language, whatever the staff read.
  const t = translator(candidate.lang);
  const { dir } = localeInfo(candidate.lang);
  const meetings = [...candidate.meetings].sort((a, b) => a.round - b.round);
  return html`<section class="sheet person" lang="${candidate.lang}" dir="${dir}">
  <p class="muted">${textIn(view.eventTitle, null)} · <bdi>${view.eventDay}</bdi></p>
  <h1>${t('print.plans.candidateTitle')}</h1>
  <p class="who"><bdi>${candidate.label}</bdi></p>
  ${meetings.length === 0 ? html`<p>${t('print.plans.none')}</p>` : ''}
  ${meetings.map(
    (m) => html`<div class="meeting">
    <span class="icon">${trusted(ICON.clock)}<strong><bdi dir="ltr">${roundTime(view, m.round)}</bdi></strong></span>
    <span class="icon">${trusted(ICON.table)}<span>${t('print.plans.table')} <strong>${m.table}</strong></span></span>
    <span class="icon">${trusted(ICON.firm)}${textIn(m.firm, null)}</span>
    <span>${m.interpreter ? html`<span class="icon">${trusted(ICON.speech)}${m.interpreter}</span>` : ''}</span>
  </div>`,
  )}
</section>`;
}

function wallPages(t: Translate, view: SpeedDatingPlanView): SafeHtml[] {
  const pages: SafeHtml[] = [];
  for (let from = 0; from < view.tables.length; from += WALL_TABLES_PER_PAGE) {
    const tables = view.tables.slice(from, from + WALL_TABLES_PER_PAGE);
    pages.push(html`<section class="sheet wall">
  <h1>${t('print.plans.wallTitle')} – ${textIn(view.eventTitle, null)} · <bdi>${view.eventDay}</bdi></h1>
  <table class="plan"><thead><tr><th>${t('print.plans.table')}</th>${view.rounds.map((r) => html`<th>${r.index + 1}<br><span class="small">${r.start}</span></th>`)}</tr></thead>
  <tbody>${tables.map((table) => {
    const byRound = new Map(table.meetings.map((m) => [m.round, m]));
    return html`<tr><th>${table.number} ${textIn(table.firm, null)}</th>${view.rounds.map((r) => {
      const m = byRound.get(r.index);
      return html`<td>${m ? html`<bdi>${m.candidate}</bdi>${m.interpreter ? html` (${m.interpreter})` : ''}` : ''}</td>`;
    })}</tr>`;
  })}</tbody></table>
</section>`);
  }
  return pages;
}

export type PlanPart = 'tables' | 'candidates' | 'wall';

/** Pages of the chosen plan parts: one per table, one per candidate, and the wall plan. */
export function speedDatingPlanPages(view: SpeedDatingPlanView, parts: PlanPart[]): number {
  return (
    (parts.includes('tables') ? view.tables.length : 0) +
    (parts.includes('candidates') ? view.candidates.length : 0) +
    (parts.includes('wall') ? Math.max(1, Math.ceil(view.tables.length / WALL_TABLES_PER_PAGE)) : 0)
  );
}

export function speedDatingPlanBody(t: Translate, view: SpeedDatingPlanView, parts: PlanPart[]): SafeHtml {
  return html`${parts.includes('tables') ? view.tables.map((table) => tablePage(t, view, table)) : ''}${
    parts.includes('candidates') ? view.candidates.map((c) => candidatePage(c, view)) : ''
  }${parts.includes('wall') ? wallPages(t, view) : ''}`;
}

export const SPEED_DATING_CSS = CSS;

export function speedDatingPlanHtml(t: Translate, view: SpeedDatingPlanView, parts: PlanPart[]): string {
  return printDocument({
    lang: view.lang,
    title: `${t('print.plans.wallTitle')} – ${view.eventTitle}`,
    css: CSS,
    body: speedDatingPlanBody(t, view, parts),
  });
}
