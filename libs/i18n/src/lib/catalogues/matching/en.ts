import type { Localized } from '../../catalogue';
import type { matchingDe } from './de';

export const matchingEn: Localized<typeof matchingDe> = {
  title: 'Why it fits',
  score: '{{percent}} % match',
  scoreLabel: 'Match',
  sections: {
    required: 'Required competences',
    niceToHave: 'Desirable competences',
    language: 'German',
    distance: 'Distance',
    availability: 'Start',
    wishes: 'Wishes',
    workPermit: 'Work permit',
  },
  evidence: {
    self: 'self-declared',
    mentor: 'observed by a mentor',
    assessed: 'shown in a competence assessment',
    confirmed: 'confirmed by Team IBA',
  },
  competences: {
    covered: 'present',
    related: 'related: {{via}}',
    missing: 'missing',
    none: 'None given.',
    summary: '{{covered}} of {{total}} present',
  },
  language: {
    fit: {
      no_minimum: 'No minimum level asked for.',
      meets: 'Minimum level reached.',
      slightly_below: 'One level below the minimum.',
      below: 'Below the minimum level.',
      far_below: 'Far below the minimum level.',
    },
    strict: 'The minimum level is binding.',
    part: '{{part}}: {{actual}}, asked {{minimum}}',
    parts: { overall: 'Overall', understanding: 'Understanding', speaking: 'Speaking', writing: 'Writing' },
    unknownLevel: 'not given',
  },
  distance: {
    within: '{{km}} km – within the radius of {{travelKm}} km.',
    stretch: '{{km}} km – a little beyond the radius of {{travelKm}} km.',
    offer_accepts:
      '{{km}} km – beyond {{travelKm}} km; the firm accepts applicants from up to {{offerMaxKm}} km.',
    beyond: '{{km}} km – too far.',
    unknown: 'Distance not known.',
  },
  availability: {
    in_time: 'Can start on the start date, {{startsOn}}.',
    late_one: 'Can start {{count}} day after the start date, {{startsOn}}.',
    late_other: 'Can start {{count}} days after the start date, {{startsOn}}.',
    open_start: 'The start date is open.',
    unknown: 'Earliest start not given.',
  },
  wishes: {
    kind: {
      wished: 'This kind of work is wished for.',
      not_wished: 'Another kind of work is wished for.',
      no_wish: 'No kind of work given.',
    },
    occupation: {
      occupation: 'The occupation is wished for.',
      field: 'The occupational field is wished for.',
      other: 'Another occupation is wished for.',
      no_wish: 'No occupation wished.',
    },
  },
  workPermit: {
    yes: 'May work.',
    with_approval: 'May work with the approval of the immigration office.',
    unknown: 'Not known – ask Team IBA.',
  },
  excluded: {
    may_not_work: 'May not work at present.',
    too_far: 'Too far away.',
    german_far_below: 'German far below the binding minimum level.',
  },
};
