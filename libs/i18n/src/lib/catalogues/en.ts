import type { Catalogue } from '../catalogue';

export const en: Catalogue = {
  app: {
    tagline: 'Refugees and local employers find each other',
    skipToContent: 'Skip to content',
  },
  language: {
    label: 'Language',
    names: {
      de: 'German',
      en: 'English',
      ar: 'Arabic',
      fa: 'Persian',
      uk: 'Ukrainian',
    },
  },
  intro: {
    title: 'Work and training that fit',
    text: 'Passgenau brings refugees and companies in the district together. People show what they can do – in their own language. Companies find people nearby for a job, an apprenticeship or an internship.',
  },
  roles: {
    title: 'Who takes part?',
    candidate: {
      title: 'Refugees',
      text: 'You are looking for a job, an apprenticeship or an internship. Your profile shows what you can do. You decide who sees it.',
    },
    mentor: {
      title: 'Fair mentors (Messepaten)',
      text: 'Volunteers help refugees: with the profile, with appointments and at job fairs. They only act when the person has allowed it.',
    },
    employer: {
      title: 'Employers',
      text: 'You are looking for staff or apprentices. You present your company and your offers and find suitable people nearby.',
    },
    iba: {
      title: 'Team IBA (Integration – Advice – Work)',
      text: 'The employment agency and the job centre. The team confirms competences, invites companies to information events and prints matching profiles on the spot.',
    },
    coordinator: {
      title: 'Coordination',
      text: 'The district office and the integration officers of towns and municipalities. They plan open-house days and speed-dating events and look after occupations, competences and places.',
    },
    admin: {
      title: 'Platform administration',
      text: 'Runs Passgenau: accounts, roles, logs and data-protection requests.',
    },
  },
  explorer: {
    title: 'Explore occupations and competences',
    text: 'Search in your language. Passgenau finds the same occupation in every language.',
    kindLabel: 'What are you looking for?',
    occupations: 'Occupations',
    competences: 'Competences',
    searchOccupations: 'Search occupations',
    searchCompetences: 'Search competences',
    placeholderOccupations: 'e.g. welder, cook, care',
    placeholderCompetences: 'e.g. welding, German, Excel',
    start: 'Type at least two letters.',
    loading: 'Searching …',
    empty: 'Nothing found. Try another word.',
    results: 'Results: {{count}}',
    fallbackHint: 'Not yet translated. Shown in: {{language}}',
    ownTranslation: 'own translation',
    ownTranslationHint: 'Translated by Passgenau, not an official ESCO label',
    coordinatorLabel: 'added by the district',
    matchedVia: 'matched:',
  },
  detail: {
    loading: 'Loading …',
    occupation: 'Occupation',
    skill: 'Competence',
    code: 'Code',
    iscoGroup: 'ISCO group',
    description: 'Description',
    allLabels: 'Names in all languages',
    otherNames: 'Also:',
    noLabel: 'no name yet',
    essentialSkills: 'Important competences for this occupation',
    optionalSkills: 'Other useful competences',
    noSkills: 'No competences listed.',
    close: 'Close',
  },
  errors: {
    network: 'No connection to the server. Please check your internet connection.',
    notFound: 'This entry does not exist.',
    invalid: 'The request is not valid.',
    rateLimited: 'Too many requests. Please wait a moment.',
    unavailable: 'The service is not available right now. Please try again later.',
    generic: 'Something went wrong.',
    retry: 'Try again',
  },
  notFound: {
    title: 'This page does not exist.',
    back: 'Go to the start page',
  },
  footer: {
    dataSources: 'Data sources',
    escoTranslation: 'This service uses the ESCO classification of the European Commission.',
    apiDocs: 'Interface (API documentation)',
  },
};
