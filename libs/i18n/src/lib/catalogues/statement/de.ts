// Texts of the accessibility statement (BITV 2.0 / L-BGG Baden-Württemberg) and its "report a barrier" form.
export const statementDe = {
  footerLink: 'Erklärung zur Barrierefreiheit',
  title: 'Erklärung zur Barrierefreiheit',
  intro:
    'Passgenau ist ein Angebot des Landkreises. Alle Menschen sollen Passgenau nutzen können. Hier steht, wie gut das heute gelingt, was noch fehlt und wie Sie uns eine Barriere melden.',
  scope: 'Diese Erklärung gilt für alle Seiten von Passgenau.',
  statusTitle: 'Wie barrierefrei ist Passgenau?',
  status:
    'Passgenau ist teilweise barrierefrei. Die Regeln für barrierefreie Webseiten sind also noch nicht ganz erfüllt. Die Regeln stehen im Landes-Behindertengleichstellungsgesetz Baden-Württemberg (L-BGG, § 10) und in der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0). Wir prüfen nach den Richtlinien WCAG 2.2, Stufe AA (Norm EN 301 549).',
  gapsTitle: 'Was noch nicht barrierefrei ist',
  gaps: {
    signLanguage: 'Es gibt noch keine Erklärung von Passgenau in Deutscher Gebärdensprache und in Leichter Sprache.',
    printouts: 'Ausdrucke und Dokumente zum Herunterladen (zum Beispiel für Jobmessen) sind noch nicht auf Barrierefreiheit geprüft.',
    userLanguage:
      'Texte, die Betriebe und Bewerbende selbst schreiben, haben nicht immer eine Angabe ihrer Sprache. Dann nehmen wir Deutsch an. Ein Vorleseprogramm liest solche Texte manchmal in der falschen Sprache vor.',
    translations:
      'Viele Namen von Kompetenzen auf Ukrainisch und Persisch (und manche auf Arabisch) sind unsere eigenen Übersetzungen. Sie können schwer verständlich sein.',
    screenReaders:
      'Wir haben Passgenau noch nicht mit Menschen getestet, die ein Vorleseprogramm oder eine Braillezeile nutzen. Automatische Prüfungen finden nicht alle Barrieren.',
  },
  methodTitle: 'Wie wir geprüft haben',
  method:
    'Wir haben Passgenau selbst geprüft. Jede Seite wird bei jedem Test automatisch geprüft (mit dem Werkzeug axe-core, auf Deutsch und Arabisch, auf breiten Bildschirmen und so schmal wie auf einem Handy). Die wichtigsten Abläufe prüfen wir außerdem nur mit der Tastatur.',
  dateTitle: 'Datum',
  date: 'Diese Erklärung wurde am {{date}} erstellt und zuletzt am {{date}} geprüft.',
  feedbackTitle: 'Barriere melden',
  feedback:
    'Sie haben eine Barriere gefunden? Oder Sie brauchen einen Inhalt in einer anderen Form? Schreiben Sie uns mit diesem Formular. Ihren Namen müssen Sie nicht nennen. Wenn Sie eine Antwort möchten, geben Sie Ihre E-Mail-Adresse an. Die Koordination von Passgenau im Landratsamt liest jede Meldung.',
  enforcementTitle: 'Schlichtung',
  enforcement:
    'Sie haben uns eine Barriere gemeldet und keine oder keine gute Antwort bekommen? Dann können Sie einen Antrag auf Schlichtung stellen. Das geht bei der Schlichtungsstelle des Landes. Die Schlichtung kostet nichts. Sie brauchen keinen Anwalt.',
  enforcementOriginal: 'Die Stelle heißt auf Deutsch:',
  enforcementWeb: 'Webseite',
  form: {
    title: 'Meldung',
    page: 'Welche Seite? (freiwillig)',
    pageHint: 'Der Name der Seite oder ihre Adresse, zum Beispiel „Stellenbörse“.',
    description: 'Was ist das Problem?',
    descriptionHint: 'Was wollten Sie tun? Was hat nicht geklappt? Mindestens 5 Zeichen.',
    descriptionTooShort: 'Bitte beschreiben Sie das Problem (mindestens 5 Zeichen).',
    tooLong: 'Dieser Text ist zu lang (höchstens {{max}} Zeichen).',
    email: 'Ihre E-Mail-Adresse (freiwillig)',
    emailHint: 'Nur wenn Sie eine Antwort möchten.',
    submit: 'Meldung senden',
    sent: 'Danke! Ihre Meldung ist angekommen.',
    sentReply: 'Danke! Ihre Meldung ist angekommen. Wir antworten Ihnen per E-Mail.',
    another: 'Noch eine Meldung schreiben',
  },
};
