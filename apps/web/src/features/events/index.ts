export { EventListPage } from './components/event-list-page';
export { EventCreatePage, EventEditPage } from './components/event-form-page';
export { EventDetailPage } from './components/event-detail-page';
export { PlanPage } from './components/plan-page';
export { WallPlanPage } from './components/wall-plan-page';
export { CheckInPage } from './components/check-in-page';
export { useEvent } from './api';
