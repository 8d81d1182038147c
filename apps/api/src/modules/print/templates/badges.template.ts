import type { LocaleCode } from '@passgenau/i18n';
import { html, printDocument, textIn, trusted, type SafeHtml } from '../print-html';
import type { Translate } from '../print-texts';

export type BadgeRole = 'candidate' | 'firm' | 'mentor' | 'staff';

export interface Badge {
  /** The name as the person allowed it to be shown (first name, pseudonym, or the firm's name). */
  name: string;
  role: BadgeRole;
  /** For firm staff: the firm. */
  organisation: string | null;
  /** Language codes the person speaks, printed as text ("AR · DE"). */
  languages: string[];
  /** The check-in code and its QR code as SVG markup (made by the qrcode library). */
  checkInCode: string;
  qrSvg: string;
}

export interface BadgesView {
  lang: LocaleCode;
  eventTitle: string;
  eventDay: string;
  badges: Badge[];
}

/** 2 × 5 badges of 90 × 54 mm per A4 sheet, with cut marks at every corner. */
export const BADGES_PER_PAGE = 10;

const CSS = `
@page badges { size: A4; margin: 10mm 15mm; }
.badges { page: badges; display: grid; grid-template-columns: 90mm 90mm; grid-auto-rows: 54mm; gap: 0;
  break-after: page; }
.badges:last-child { break-after: auto; }
.badge { position: relative; padding: 4mm 5mm; display: grid; grid-template-columns: 1fr 24mm; gap: 3mm; overflow: hidden; }
.badge .cut { position: absolute; width: 4mm; height: 4mm; border-color: #000; border-style: solid; border-width: 0; }
.badge .tl { top: 0; left: 0; border-top-width: 0.2mm; border-left-width: 0.2mm; }
.badge .tr { top: 0; right: 0; border-top-width: 0.2mm; border-right-width: 0.2mm; }
.badge .bl { bottom: 0; left: 0; border-bottom-width: 0.2mm; border-left-width: 0.2mm; }
.badge .br { bottom: 0; right: 0; border-bottom-width: 0.2mm; border-right-width: 0.2mm; }
.badge .name { font-size: 17pt; font-weight: 700; line-height: 1.15; margin: 1mm 0; overflow-wrap: anywhere; }
.badge .role { display: inline-block; background: #1c4e80; color: #fff; border-radius: 1mm; padding: 0.3mm 2mm; font-size: 9pt; }
.badge .role.firm { background: #0b6e4f; }
.badge .role.mentor { background: #8a4b08; }
.badge .role.staff { background: #444; }
.badge .qr svg { width: 24mm; height: 24mm; display: block; }
.badge .qr { text-align: center; font-size: 7pt; }
`;

export function badgePages(count: number): number {
  return Math.max(1, Math.ceil(count / BADGES_PER_PAGE));
}

function badge(t: Translate, view: BadgesView, b: Badge): SafeHtml {
  return html`<div class="badge" data-code="${b.checkInCode}">
  <span class="cut tl"></span><span class="cut tr"></span><span class="cut bl"></span><span class="cut br"></span>
  <div>
    <p class="small muted">${textIn(view.eventTitle, null)} · <bdi>${view.eventDay}</bdi></p>
    <p class="name">${textIn(b.name, null)}</p>
    <span class="role ${b.role}">${t(`print.badges.${b.role}`)}</span>
    ${b.organisation ? html`<p class="small">${textIn(b.organisation, null)}</p>` : ''}
    ${b.languages.length ? html`<p class="small">${t('print.badges.languages')}: <bdi dir="ltr">${b.languages.map((l) => l.toUpperCase()).join(' · ')}</bdi></p>` : ''}
  </div>
  <div class="qr">${trusted(b.qrSvg)}<span>${t('print.badges.checkIn')} <bdi dir="ltr">${b.checkInCode}</bdi></span></div>
</div>`;
}

export function badgesBody(t: Translate, view: BadgesView): SafeHtml {
  const sheets: SafeHtml[] = [];
  for (let from = 0; from < view.badges.length; from += BADGES_PER_PAGE)
    sheets.push(html`<section class="badges">${view.badges.slice(from, from + BADGES_PER_PAGE).map((b) => badge(t, view, b))}</section>`);
  return html`${sheets}`;
}

export const BADGES_CSS = CSS;

export function badgesHtml(t: Translate, view: BadgesView): string {
  return printDocument({ lang: view.lang, title: view.eventTitle, css: CSS, body: badgesBody(t, view) });
}
