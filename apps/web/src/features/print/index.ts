export { PrintButton, type PrintButtonProps } from './components/print-button';
export type { PrintTarget } from './api/print-api';
export { EventPrintouts, type EventPrintoutsProps } from './components/event-printouts';
