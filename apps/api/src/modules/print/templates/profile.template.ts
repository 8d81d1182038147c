import type { EvidenceTier } from '@passgenau/domain';
import type { LocaleCode } from '@passgenau/i18n';
import { html, printDocument, textIn, type SafeHtml } from '../print-html';
import { clip, formatDay, formatNumber } from '../print-format';
import type { Translate } from '../print-texts';
import type { PrintLabel } from './match-list.template';

export interface ProfileView {
  lang: LocaleCode;
  form: 'full' | 'pseudonymous';
  pseudonym: string;
  /** Only in the full form. */
  person: { name: string; birthYear: number | null; phone: string | null; email: string | null; home: string | null } | null;
  homeTownName: string | null;
  languages: Array<{ language: string; native: boolean; overall: string | null }>;
  germanCertificates: Array<{ kind: string; level: string; issuedOn: string }>;
  schooling: { years: number | null; country: string | null; level: string | null };
  mathsLevel: string | null;
  computerLevel: string | null;
  education: Array<{ kind: string; title: string; titleLang: string; occupation: PrintLabel | null; year: number | null; recognition: string }>;
  experience: Array<{ occupation: PrintLabel; years: number; country: string | null }>;
  competences: Array<{ label: PrintLabel; tier: EvidenceTier }>;
  /** Text of the work-permit line, already in the print language. */
  workPermit: string;
  drivingLicences: string[];
  wishes: { occupations: PrintLabel[]; kinds: string[]; hoursPerWeek: number | null; earliestStart: string | null };
  travelKm: number | null;
  travelMinutes: number | null;
  texts: Array<{ subject: string; text: string; lang: string }>;
  /** Only in the full form: the mentors the candidate authorised. */
  mentors: Array<{ name: string; since: string }> | null;
  printedAt: string;
  printedBy: string;
}

/** One A4 page: lists are capped and long texts cut, and the page clips what would still not fit. */
const MAX_COMPETENCES = 16;
const MAX_TEXT = 700;

const CSS = `
.page { height: 266mm; overflow: hidden; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 6mm; }
section { break-inside: avoid; }
section h2 { border-bottom: 0.3mm solid #1c4e80; padding-bottom: 0.5mm; margin-top: 2mm; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 0.4mm 2mm; margin: 0; }
dt { font-weight: 700; }
dd { margin: 0; }
.texts p { white-space: pre-line; }
.nowrap { white-space: nowrap; }
.competences { columns: 2; column-gap: 6mm; }
.competences li { break-inside: avoid; }
`;

function displayName(lang: LocaleCode, type: 'language' | 'region', code: string | null): string {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

function facts(rows: Array<[string, SafeHtml | string | null | undefined | false]>): SafeHtml {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
  return html`<dl>${shown.map(([term, value]) => html`<dt>${term}</dt><dd>${value ?? ''}</dd>`)}</dl>`;
}

function list(items: SafeHtml[], t: Translate): SafeHtml {
  return items.length === 0 ? html`<p class="muted">${t('print.common.none')}</p>` : html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

export function profileHtml(t: Translate, view: ProfileView): string {
  const { lang } = view;
  const title =
    view.form === 'full' ? t('print.profile.titleFull') : t('print.profile.titlePseudonymous', { pseudonym: view.pseudonym });
  const label = (l: PrintLabel) => textIn(l.text, l.lang);
  const languages = view.languages.map((l) =>
    html`${displayName(lang, 'language', l.language)}${l.native ? html` (${t('profiles.languages.native')})` : l.overall ? html` ${l.overall}` : ''}`,
  );
  const certificates = view.germanCertificates.map((c) =>
    html`${t('profiles.view.certificate', { kind: c.kind, level: c.level, date: formatDay(c.issuedOn, lang) })}`,
  );
  const schooling =
    view.schooling.years !== null || view.schooling.level
      ? [
          view.schooling.years !== null
            ? t('profiles.view.schooling', {
                count: view.schooling.years,
                level: view.schooling.level ? t(`profiles.schoolLevels.${view.schooling.level}`) : '',
              })
            : t(`profiles.schoolLevels.${view.schooling.level}`),
          displayName(lang, 'region', view.schooling.country),
        ]
          .filter(Boolean)
          .join(', ')
      : null;
  const education = view.education.map(
    (e) =>
      html`${textIn(e.title, e.titleLang)}${e.occupation ? html` – ${label(e.occupation)}` : ''} (${t(`profiles.education.${e.kind}`)}${e.year ? html`, ${e.year}` : ''}; ${t(`profiles.recognition.${e.recognition}`)})`,
  );
  const experience = view.experience.map(
    (e) =>
      html`${label(e.occupation)} ${t('profiles.view.years', { count: e.years })}${e.country ? html`, ${displayName(lang, 'region', e.country)}` : ''}`,
  );
  const competences = view.competences
    .slice(0, MAX_COMPETENCES)
    .map((c) => html`<span class="mark ${c.tier}" title="${t(`matching.evidence.${c.tier}`)}">${t(`print.marks.${c.tier}`)}</span>${label(c.label)}`);
  const moreCompetences = view.competences.length - MAX_COMPETENCES;
  const tiers: EvidenceTier[] = ['self', 'mentor', 'assessed', 'confirmed'];

  const body = html`<div class="page">
<header class="header">
  <h1>${title}</h1>
  <div class="meta">
    <p class="small">${view.form === 'full' ? t('print.profile.fullNote') : t('print.profile.pseudonymousNote')}</p>
    <p class="small muted">${t('print.common.printedAt', { date: view.printedAt, by: view.printedBy })}</p>
  </div>
</header>
<div class="grid">
  <section>
    <h2>${t('print.profile.who')}</h2>
    ${facts([
      [t('print.profile.name'), view.person ? textIn(view.person.name, null) : null],
      [t('print.profile.pseudonym'), html`<bdi>${view.pseudonym}</bdi>`],
      [t('print.profile.birthYear'), view.person?.birthYear ? String(view.person.birthYear) : null],
      [t('print.profile.phone'), view.person?.phone ? html`<bdi dir="ltr" class="nowrap">${view.person.phone}</bdi>` : null],
      [t('print.profile.email'), view.person?.email ? html`<bdi dir="ltr" class="nowrap">${view.person.email}</bdi>` : null],
      [t('print.profile.home'), view.person?.home ? textIn(view.person.home, null) : view.homeTownName ? textIn(view.homeTownName, 'de') : null],
    ])}
  </section>
  <section>
    <h2>${t('print.profile.goals')}</h2>
    ${facts([
      [t('print.profile.occupations'), view.wishes.occupations.length ? html`${view.wishes.occupations.map((o, i) => html`${i ? ', ' : ''}${label(o)}`)}` : t('print.common.none')],
      [t('print.profile.kinds'), view.wishes.kinds.map((k) => t(`profiles.kinds.${k}`)).join(', ') || null],
      [t('print.profile.start'), view.wishes.earliestStart ? formatDay(view.wishes.earliestStart, lang) : null],
    ])}
    <h2>${t('print.profile.needs')}</h2>
    ${facts([
      [t('print.profile.hours'), view.wishes.hoursPerWeek !== null ? formatNumber(view.wishes.hoursPerWeek, lang) : null],
      [
        t('print.profile.travel'),
        [
          view.travelKm !== null ? t('profiles.view.km', { km: formatNumber(view.travelKm, lang) }) : '',
          view.travelMinutes !== null ? t('profiles.view.minutes', { count: view.travelMinutes }) : '',
        ]
          .filter(Boolean)
          .join(', ') || null,
      ],
      [t('print.profile.licences'), view.drivingLicences.join(', ') || null],
    ])}
  </section>
  <section>
    <h2>${t('print.profile.prerequisites')}</h2>
    ${facts([
      [t('print.profile.languages'), languages.length ? html`${languages.map((l, i) => html`${i ? ' · ' : ''}${l}`)}` : t('print.common.none')],
      [t('profiles.languages.certificates'), certificates.length ? html`${certificates.map((c, i) => html`${i ? ' · ' : ''}${c}`)}` : null],
      [t('print.profile.schooling'), schooling],
      [
        t('print.profile.coreSkills'),
        view.mathsLevel || view.computerLevel
          ? `${view.mathsLevel ? t(`profiles.levels.${view.mathsLevel}`) : '–'} / ${view.computerLevel ? t(`profiles.levels.${view.computerLevel}`) : '–'}`
          : null,
      ],
      [t('print.profile.workPermit'), view.workPermit],
    ])}
    <h3>${t('print.profile.education')}</h3>
    ${list(education, t)}
    <h3>${t('print.profile.experience')}</h3>
    ${list(experience, t)}
  </section>
  ${view.mentors === null
    ? ''
    : html`<section>
    <h2>${t('print.profile.support')}</h2>
    ${list(view.mentors.map((m) => html`${textIn(m.name, null)} – ${t('print.profile.mentor', { date: m.since })}`), t)}
  </section>`}
</div>
<section>
  <h2>${t('print.profile.competences')}</h2>
  <div class="legend small">${tiers.map((tier) => html`<span class="mark ${tier}">${t(`print.marks.${tier}`)}</span>${t(`matching.evidence.${tier}`)} `)}</div>
  ${competences.length === 0 ? html`<p class="muted">${t('print.common.none')}</p>` : html`<ul class="competences">${competences.map((c) => html`<li>${c}</li>`)}${moreCompetences > 0 ? html`<li class="muted">+ ${moreCompetences}</li>` : ''}</ul>`}
</section>
${view.texts.length > 0
  ? html`<section class="texts">
  <h2>${t('print.profile.texts')}</h2>
  ${view.texts.map((x) => html`<h3>${t(`profiles.texts.subjects.${x.subject}`)}</h3>${textIn(clip(x.text, MAX_TEXT), x.lang, 'p')}`)}
</section>`
  : ''}
</div>`;
  return printDocument({ lang, title, css: CSS, body });
}
