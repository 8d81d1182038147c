import { html, printDocument } from '../print-html';
import type { Translate } from '../print-texts';
import { BADGES_CSS, badgePages, badgesBody, type BadgesView } from './badges.template';
import {
  SPEED_DATING_CSS,
  speedDatingPlanBody,
  speedDatingPlanPages,
  type SpeedDatingPlanView,
} from './speed-dating.template';

const ALL_PARTS = ['tables', 'candidates', 'wall'] as const;

/** "Print everything for this event": table pages, candidate pages, the wall plan and the badges, one PDF. */
export function eventBundleHtml(t: Translate, plan: SpeedDatingPlanView, badges: BadgesView): string {
  return printDocument({
    lang: plan.lang,
    title: plan.eventTitle,
    css: `${SPEED_DATING_CSS}\n${BADGES_CSS}`,
    body: html`${speedDatingPlanBody(t, plan, [...ALL_PARTS])}${badges.badges.length ? badgesBody(t, badges) : ''}`,
  });
}

export function eventBundlePages(plan: SpeedDatingPlanView, badges: BadgesView): number {
  return (
    speedDatingPlanPages(plan, [...ALL_PARTS]) + (badges.badges.length ? badgePages(badges.badges.length) : 0)
  );
}
