// Texts of Team IBA's duplicates page (possible duplicate records, merge, restore).
export const duplicatesDe = {
  nav: 'Doppelte Einträge',
  title: 'Mögliche doppelte Einträge',
  intro:
    'Gleicher Name und gleiches Geburtsjahr: wahrscheinlich dieselbe Person. Gleiche Telefonnummer: nur ein Hinweis (Familien teilen Telefone). Jeder Aufruf dieser Seite steht im Zugriffsprotokoll.',
  empty: 'Keine möglichen doppelten Einträge.',
  columns: {
    first: 'Eintrag 1',
    second: 'Eintrag 2',
    match: 'Übereinstimmung',
    actions: 'Aktionen',
  },
  strength: {
    likely: 'wahrscheinlich',
    hint: 'Hinweis',
  },
  reason: {
    same_name_and_birth_year: 'gleicher Name und Geburtsjahr',
    same_phone: 'gleiche Telefonnummer',
  },
  born: 'Jahrgang {{year}}',
  dismiss: 'Verschiedene Personen',
  mergeOpen: 'Zusammenführen …',
  merge: {
    title: 'Einträge zusammenführen',
    explain:
      'Was dem bleibenden Eintrag fehlt, wird übernommen. Der andere Eintrag wird entfernt und kann 30 Tage lang wiederhergestellt werden. Die Person bekommt eine E-Mail; nur dann gehen auch die Erlaubnisse für Messepaten mit.',
    keep: 'Welcher Eintrag bleibt?',
    reason: 'Begründung',
    reasonHelp: 'Pflichtfeld, höchstens 500 Zeichen. Wird mit der Zusammenführung gespeichert.',
    confirm: 'Zusammenführen',
    cancel: 'Abbrechen',
    done: 'Zusammengeführt. Der entfernte Eintrag ist bis {{date}} wiederherstellbar.',
    notified: 'Die Person wurde per E-Mail informiert. Übernommene Erlaubnisse für Messepaten: {{number}}.',
    notNotified:
      'Die Person hat keine E-Mail-Adresse. Die Erlaubnisse für Messepaten wurden deshalb nicht übernommen.',
    notFlagged: 'Dieses Paar steht nicht (mehr) in der Liste und kann nicht zusammengeführt werden.',
  },
  merges: {
    title: 'Zusammengeführte Einträge',
    intro:
      'Innerhalb von 30 Tagen lässt sich eine Zusammenführung rückgängig machen; danach wird der Eintrag gelöscht.',
    empty: 'Keine wiederherstellbaren Einträge.',
    removedInto: '„{{removed}}“ wurde mit „{{kept}}“ zusammengeführt',
    by: 'von {{name}} am {{date}}',
    until: 'wiederherstellbar bis {{date}}',
    restore: 'Wiederherstellen',
    restored: 'Der Eintrag ist wiederhergestellt.',
    notRestorable:
      'Dieser Eintrag kann nicht mehr wiederhergestellt werden: älter als 30 Tage, oder seine E-Mail-Adresse gehört inzwischen einem anderen Konto.',
  },
};
