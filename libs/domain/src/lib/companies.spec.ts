import { UI_LANGUAGES } from './languages';
import {
  OCCUPATIONAL_FIELDS,
  OCCUPATIONAL_FIELD_NAMES,
  WZ_SECTIONS,
  distanceKm,
  highestGermanMinimum,
  isValidGeoPoint,
  isWzSection,
  meetsGermanMinimum,
  occupationalField,
  type GermanMinimum,
} from './companies';

const WAIBLINGEN = { lat: 48.832565, lon: 9.316382 };
const SCHORNDORF = { lat: 48.805515, lon: 9.5272665 };
const FELLBACH = { lat: 48.818157, lon: 9.278085 };

describe('distanceKm', () => {
  it('measures the distance between two towns of the district', () => {
    expect(distanceKm(WAIBLINGEN, SCHORNDORF)).toBeCloseTo(15.73, 2);
    expect(distanceKm(WAIBLINGEN, FELLBACH)).toBeCloseTo(3.23, 2);
  });

  it('is symmetric and zero for the same point', () => {
    expect(distanceKm(SCHORNDORF, WAIBLINGEN)).toBeCloseTo(distanceKm(WAIBLINGEN, SCHORNDORF), 9);
    expect(distanceKm(WAIBLINGEN, WAIBLINGEN)).toBe(0);
  });

  it('stays finite for antipodal points', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(20015.1, 1);
  });
});

describe('isValidGeoPoint', () => {
  it('accepts latitudes up to 90 and longitudes up to 180 degrees', () => {
    expect(isValidGeoPoint({ lat: 48.8, lon: 9.3 })).toBe(true);
    expect(isValidGeoPoint({ lat: -90, lon: 180 })).toBe(true);
  });

  it('refuses values out of range, missing or not numbers', () => {
    expect(isValidGeoPoint({ lat: 91, lon: 9 })).toBe(false);
    expect(isValidGeoPoint({ lat: 48, lon: -181 })).toBe(false);
    expect(isValidGeoPoint({ lat: '48.8', lon: 9.3 })).toBe(false);
    expect(isValidGeoPoint({ lat: Number.NaN, lon: 9.3 })).toBe(false);
    expect(isValidGeoPoint({ lat: undefined, lon: 9.3 })).toBe(false);
  });
});

describe('German minimums', () => {
  const none: GermanMinimum = { overall: null, understanding: null, speaking: null, writing: null };

  it('takes the highest level over the overall minimum and every skill', () => {
    expect(highestGermanMinimum({ ...none, overall: 'A2', speaking: 'B1' })).toBe('B1');
    expect(highestGermanMinimum({ ...none, writing: 'A1' })).toBe('A1');
    expect(highestGermanMinimum(none)).toBeNull();
  });

  it('an offer without a minimum suits everyone; otherwise the level must reach the highest minimum', () => {
    expect(meetsGermanMinimum(none, 'A1')).toBe(true);
    expect(meetsGermanMinimum({ ...none, overall: 'A2', speaking: 'B1' }, 'A2')).toBe(false);
    expect(meetsGermanMinimum({ ...none, overall: 'A2', speaking: 'B1' }, 'B1')).toBe(true);
  });
});

describe('occupationalField', () => {
  it('uses the curated field when the occupation has one', () => {
    expect(occupationalField('metal', '7212')).toBe('metal');
  });

  it('falls back to the longest matching ISCO-08 prefix', () => {
    expect(occupationalField(null, '7231')).toBe('automotive');
    expect(occupationalField(null, '7233')).toBe('metal');
    expect(occupationalField(null, '5120')).toBe('gastronomy');
    expect(occupationalField(null, '9333')).toBe('logistics');
    expect(occupationalField(null, '3412')).toBe('social');
    expect(occupationalField(null, '3421')).toBe('other');
  });

  it('falls back to other without an ISCO group, and ignores unknown curated fields', () => {
    expect(occupationalField(null, null)).toBe('other');
    expect(occupationalField('astronomy', '4110')).toBe('office');
  });
});

describe('code lists', () => {
  it('has the 21 WZ 2008 sections A to U, named in every UI language', () => {
    expect(WZ_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    for (const section of WZ_SECTIONS)
      for (const lang of UI_LANGUAGES) expect(section.names[lang].trim()).not.toBe('');
    expect(isWzSection('F')).toBe(true);
    expect(isWzSection('Z')).toBe(false);
  });

  it('names every occupational field in every UI language', () => {
    for (const field of OCCUPATIONAL_FIELDS)
      for (const lang of UI_LANGUAGES) expect(OCCUPATIONAL_FIELD_NAMES[field][lang].trim()).not.toBe('');
  });
});
