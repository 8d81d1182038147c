export { ContactActions, SendRequestDialog } from './components/contact-actions';
export { ShortlistPage, SentRequestsPage } from './components/employer-pages';
export { InboxPage } from './components/inbox-page';
export { BrokeringPage } from './components/brokering-page';
export { OnBehalfForm, OnBehalfSection } from './components/on-behalf-form';
