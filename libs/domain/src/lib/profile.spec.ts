import {
  completeness,
  employerPermitView,
  profileVisibility,
  pseudonymFromBytes,
  strongestFirst,
  type ProfileContent,
} from './profile';

const empty: ProfileContent = {
  germanLevel: null,
  otherLanguages: 0,
  mathsLevel: null,
  computerLevel: null,
  competences: 0,
  competencesWithOutsideEvidence: 0,
  schooling: false,
  experienceOrEducation: 0,
  wishedKinds: 0,
  availability: false,
  homePlace: false,
  workPermitKnown: false,
};

describe('completeness', () => {
  it('lists everything missing for an empty profile', () => {
    const result = completeness(empty);
    expect(result.percent).toBe(0);
    expect(result.publishable).toBe(false);
    expect(result.missing).toHaveLength(11);
  });

  it('is publishable with German level, a competence, a wish and a home place', () => {
    const result = completeness({
      ...empty,
      germanLevel: 'A2',
      competences: 1,
      wishedKinds: 1,
      homePlace: true,
    });
    expect(result.publishable).toBe(true);
    expect(result.percent).toBe(36);
    expect(result.missing).toContain('evidence');
  });
});

describe('evidence order', () => {
  it('puts an IBA-confirmed assessment before an assessment, an observation and a self-declaration', () => {
    const sorted = strongestFirst([
      { kind: 'self' as const, level: 'very_good' as const },
      { kind: 'provider' as const, level: 'basic' as const },
      { kind: 'mentor' as const, level: 'good' as const },
      { kind: 'provider' as const, level: 'basic' as const, confirmedAt: '2026-10-01T00:00:00Z' },
    ]);
    expect(sorted.map((e) => `${e.kind}${e.confirmedAt ? '+' : ''}`)).toEqual([
      'provider+',
      'provider',
      'mentor',
      'self',
    ]);
  });
});

describe('employerPermitView', () => {
  it('never tells employers more than yes, with approval or unknown', () => {
    expect(employerPermitView('permitted')).toBe('yes');
    expect(employerPermitView('needs_approval')).toBe('with_approval');
    expect(employerPermitView('not_permitted')).toBe('unknown');
    expect(employerPermitView('unknown')).toBe('unknown');
  });
});

describe('profileVisibility', () => {
  const base = {
    status: 'published' as const,
    publishedAt: '2026-09-01T00:00:00Z',
    confirmedAt: '2026-09-01T00:00:00Z',
    consent: true,
    publishable: true,
  };

  it('is visible since publication when published, consented and complete enough', () => {
    expect(profileVisibility({ ...base, now: new Date('2026-10-01T00:00:00Z') })).toMatchObject({
      visible: true,
      since: base.publishedAt,
    });
  });

  it('names every reason why a profile is hidden', () => {
    const hidden = profileVisibility({
      ...base,
      status: 'draft',
      consent: false,
      publishable: false,
      now: new Date('2026-10-01T00:00:00Z'),
    });
    expect(hidden).toMatchObject({
      visible: false,
      since: null,
      reasons: ['draft', 'no_consent', 'incomplete'],
    });
  });

  it('hides a profile not reconfirmed within 90 days plus the grace period', () => {
    expect(profileVisibility({ ...base, now: new Date('2026-12-05T00:00:00Z') }).visible).toBe(true);
    expect(profileVisibility({ ...base, now: new Date('2026-12-20T00:00:00Z') }).reasons).toEqual([
      'needs_reconfirmation',
    ]);
  });
});

describe('pseudonymFromBytes', () => {
  it('makes names like K-7F3Q without look-alike characters', () => {
    expect(pseudonymFromBytes(new Uint8Array([0, 1, 2, 3]))).toBe('K-ABCD');
    expect(pseudonymFromBytes(new Uint8Array([200, 201, 202, 203]))).toMatch(/^K-[A-HJKMNP-Z2-9]{4}$/);
  });
});
