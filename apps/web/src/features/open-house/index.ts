export { OpenHouseOverviewPage } from './components/overview-page';
export { OpenHouseDayPage } from './components/day-page';
export { SiteVisitorsPage } from './components/site-visitors-page';
export { CandidateRoutePage } from './components/route-page';
export { JobFairPage } from './components/fair-page';
export { MyFairGroupPage, MyFairPlanPage } from './components/fair-plan-views';
export { MyOpenHousePage } from './components/mine-page';
