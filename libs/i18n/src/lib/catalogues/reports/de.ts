// Texts of the district report (coordinators, IBA staff).
export const reportsDe = {
  nav: 'Bericht für den Landkreis',
  title: 'Bericht für den Landkreis',
  intro:
    'Zahlen ohne personenbezogene Daten. Werte unter 5 werden nicht gezeigt („<5“); wo sich ein kleiner Wert aus der Summe errechnen ließe, wird ein weiterer Wert verborgen.',
  filters: 'Auswahl',
  groupBy: 'Aufteilen nach',
  groupings: { month: 'Monat', town: 'Gemeinde', field: 'Berufsfeld' },
  from: 'Von (Monat)',
  to: 'Bis (Monat)',
  town: 'Gemeinde',
  allTowns: 'Alle Gemeinden',
  field: 'Berufsfeld',
  allFields: 'Alle Berufsfelder',
  measures: {
    publishedProfiles: 'Veröffentlichte Profile',
    employerSearches: 'Suchen von Arbeitgebern',
  },
  noTown: 'Ohne Gemeinde',
  noField: 'Ohne Berufsfeld',
  total: 'Summe',
  suppressed: '<5',
  suppressedHelp: '<5: weniger als 5, oder verborgen, damit sich ein kleiner Wert nicht errechnen lässt.',
  tableCaption: 'Bericht {{from}} bis {{to}}, aufgeteilt nach {{grouping}}',
  chartTitle: 'Diagramm',
  chartAlt:
    'Balkendiagramm der Werte aus der Tabelle unten (verborgene Werte als 0 gezeichnet). Die Tabelle enthält dieselben Zahlen.',
  download: 'Als CSV herunterladen',
  pending: 'Kontaktanfragen und Vermittlungsergebnisse kommen mit der Kontaktfunktion hinzu.',
};
