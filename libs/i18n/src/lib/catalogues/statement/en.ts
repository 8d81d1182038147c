import type { statementDe } from './de';

export const statementEn: typeof statementDe = {
  footerLink: 'Accessibility statement',
  title: 'Accessibility statement',
  intro:
    'Passgenau is a service of the district. Everyone should be able to use Passgenau. This page says how well that works today, what is still missing and how to report a barrier to us.',
  scope: 'This statement applies to all pages of Passgenau.',
  statusTitle: 'How accessible is Passgenau?',
  status:
    'Passgenau is partly accessible. This means the rules for accessible websites are not yet fully met. The rules are in the Disability Equality Act of Baden-Württemberg (L-BGG, section 10) and in the German accessible IT regulation (BITV 2.0). We check against the WCAG 2.2 guidelines, level AA (standard EN 301 549).',
  gapsTitle: 'What is not accessible yet',
  gaps: {
    signLanguage: 'There is no explanation of Passgenau in German Sign Language or in Easy German yet.',
    printouts: 'Printouts and documents to download (for example for job fairs) have not been checked for accessibility yet.',
    userLanguage:
      'Texts that firms and applicants write themselves do not always say which language they are in. Then we assume German. A screen reader may then read such a text in the wrong language.',
    translations:
      'Many competence names in Ukrainian and Persian (and some in Arabic) are our own translations. They may be hard to understand.',
    screenReaders:
      'We have not yet tested Passgenau with people who use a screen reader or a braille display. Automatic checks do not find every barrier.',
  },
  methodTitle: 'How we checked',
  method:
    'We checked Passgenau ourselves. Every page is checked automatically in every test run (with the tool axe-core, in German and Arabic, on wide screens and as narrow as a phone). We also go through the main tasks with the keyboard only.',
  dateTitle: 'Date',
  date: 'This statement was made on {{date}} and last reviewed on {{date}}.',
  feedbackTitle: 'Report a barrier',
  feedback:
    'Did you find a barrier? Or do you need content in another form? Write to us with this form. You do not have to give your name. If you want an answer, give your e-mail address. The Passgenau coordination at the district office reads every report.',
  enforcementTitle: 'Conciliation',
  enforcement:
    'Did you report a barrier to us and get no answer or no good answer? Then you can ask for conciliation. You do this at the conciliation office of the state. Conciliation is free. You do not need a lawyer.',
  enforcementOriginal: 'The office’s name in German:',
  enforcementWeb: 'Website',
  form: {
    title: 'Your report',
    page: 'Which page? (optional)',
    pageHint: 'The name of the page or its address, for example “Job board”.',
    description: 'What is the problem?',
    descriptionHint: 'What did you want to do? What did not work? At least 5 characters.',
    descriptionTooShort: 'Please describe the problem (at least 5 characters).',
    tooLong: 'This text is too long (at most {{max}} characters).',
    email: 'Your e-mail address (optional)',
    emailHint: 'Only if you want an answer.',
    submit: 'Send report',
    sent: 'Thank you! Your report has arrived.',
    sentReply: 'Thank you! Your report has arrived. We will answer you by e-mail.',
    another: 'Write another report',
  },
};
