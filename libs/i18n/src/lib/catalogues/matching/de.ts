// Texts of a match's explanation (why an offer and a candidate fit), for employers and candidates alike.
export const matchingDe = {
  title: 'Warum es passt',
  score: '{{percent}} % Übereinstimmung',
  scoreLabel: 'Übereinstimmung',
  sections: {
    required: 'Verlangte Kompetenzen',
    niceToHave: 'Wünschenswerte Kompetenzen',
    language: 'Deutsch',
    distance: 'Entfernung',
    availability: 'Beginn',
    wishes: 'Wünsche',
    workPermit: 'Arbeitserlaubnis',
  },
  evidence: {
    self: 'selbst angegeben',
    mentor: 'von Messepat*in beobachtet',
    assessed: 'in einer Kompetenzfeststellung gezeigt',
    confirmed: 'von Team IBA bestätigt',
  },
  competences: {
    covered: 'vorhanden',
    related: 'verwandt: {{via}}',
    missing: 'fehlt',
    none: 'Keine angegeben.',
    summary: '{{covered}} von {{total}} vorhanden',
  },
  language: {
    fit: {
      no_minimum: 'Kein Mindestniveau verlangt.',
      meets: 'Mindestniveau erreicht.',
      slightly_below: 'Eine Stufe unter dem Mindestniveau.',
      below: 'Unter dem Mindestniveau.',
      far_below: 'Deutlich unter dem Mindestniveau.',
    },
    strict: 'Das Mindestniveau ist verbindlich.',
    part: '{{part}}: {{actual}}, verlangt {{minimum}}',
    parts: { overall: 'Insgesamt', understanding: 'Verstehen', speaking: 'Sprechen', writing: 'Schreiben' },
    unknownLevel: 'nicht angegeben',
  },
  distance: {
    within: '{{km}} km – im Umkreis von {{travelKm}} km.',
    stretch: '{{km}} km – etwas weiter als der Umkreis von {{travelKm}} km.',
    offer_accepts:
      '{{km}} km – weiter als {{travelKm}} km; die Firma nimmt Bewerbungen bis {{offerMaxKm}} km.',
    beyond: '{{km}} km – zu weit.',
    unknown: 'Entfernung nicht bekannt.',
  },
  availability: {
    in_time: 'Kann zum Beginn am {{startsOn}} anfangen.',
    late_one: 'Kann {{count}} Tag nach dem Beginn am {{startsOn}} anfangen.',
    late_other: 'Kann {{count}} Tage nach dem Beginn am {{startsOn}} anfangen.',
    open_start: 'Der Beginn ist offen.',
    unknown: 'Frühester Beginn nicht angegeben.',
  },
  wishes: {
    kind: {
      wished: 'Diese Art der Arbeit ist gewünscht.',
      not_wished: 'Eine andere Art der Arbeit ist gewünscht.',
      no_wish: 'Keine Art der Arbeit angegeben.',
    },
    occupation: {
      occupation: 'Der Beruf ist gewünscht.',
      field: 'Das Berufsfeld ist gewünscht.',
      other: 'Ein anderer Beruf ist gewünscht.',
      no_wish: 'Kein Berufswunsch angegeben.',
    },
  },
  workPermit: {
    yes: 'Darf arbeiten.',
    with_approval: 'Darf mit Zustimmung der Ausländerbehörde arbeiten.',
    unknown: 'Nicht bekannt – Team IBA fragen.',
  },
  excluded: {
    may_not_work: 'Darf derzeit nicht arbeiten.',
    too_far: 'Zu weit entfernt.',
    german_far_below: 'Deutsch deutlich unter dem verbindlichen Mindestniveau.',
  },
};
