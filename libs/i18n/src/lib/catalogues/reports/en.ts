import type { Localized } from '../../catalogue';
import type { reportsDe } from './de';

// Texts of the district report (coordinators, IBA staff).
export const reportsEn: Localized<typeof reportsDe> = {
  nav: 'District report',
  title: 'District report',
  intro:
    'Counts without personal data. Values below 5 are not shown (“<5”); where a small value could be worked out from the total, a further value is hidden.',
  filters: 'Selection',
  groupBy: 'Break down by',
  groupings: { month: 'Month', town: 'Town', field: 'Occupational field' },
  from: 'From (month)',
  to: 'To (month)',
  town: 'Town',
  allTowns: 'All towns',
  field: 'Occupational field',
  allFields: 'All occupational fields',
  measures: {
    publishedProfiles: 'Published profiles',
    employerSearches: 'Employer searches',
    contactRequestsSent: 'Contact requests sent',
    contactRequestsAccepted: 'Contact requests accepted',
    contactRequestsDeclined: 'Contact requests declined',
    outcomesTalk: 'Talks',
    outcomesTrial: 'Trial days / internships',
    outcomesApprenticeshipContract: 'Apprenticeship contracts',
    outcomesEmploymentContract: 'Employment contracts',
    outcomesEnded: 'Ended',
  },
  noTown: 'No town',
  noField: 'No occupational field',
  total: 'Total',
  suppressed: '<5',
  suppressedHelp: '<5: fewer than 5, or hidden so that a small value cannot be worked out.',
  tableCaption: 'Report {{from}} to {{to}}, by {{grouping}}',
  chartTitle: 'Chart',
  chartAlt:
    'Bar chart of the values in the table below (hidden values drawn as 0). The table holds the same numbers.',
  chartMeasure: 'In the chart',
  download: 'Download as CSV',
};
