export const ProfilesMessage = {
  UNKNOWN_CODE: 'Unknown taxonomy code.',
  NOT_PUBLISHABLE: 'The profile cannot be published yet.',
  NO_CONSENT: 'Employers may only see the profile with the candidate’s consent.',
  PROFILE_NOT_FOUND: 'No visible profile with this pseudonym.',
  NOT_PUBLISHED: 'The profile is not published.',
  EVIDENCE_NOT_FOUND: 'No assessment with this id.',
  ONLY_ASSESSMENTS: 'Only assessments by a provider can be confirmed by Team IBA.',
  UNKNOWN_TOWN: 'Unknown town.',
  CONTACT_DETAILS_WITHHELD:
    'Employers do not see names, phone numbers, e-mail addresses or streets in this text; these parts are held back.',
  NOT_YOUR_EVIDENCE: 'Evidence recorded by someone else cannot be changed.',
} as const;
