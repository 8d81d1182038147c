export { ContactActions, SendRequestDialog } from './components/contact-actions';
export { ShortlistPage, SentRequestsPage } from './components/employer-pages';
export { InboxPage } from './components/inbox-page';
export { BrokeringPage } from './components/brokering-page';
