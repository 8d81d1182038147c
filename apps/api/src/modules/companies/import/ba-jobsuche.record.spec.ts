import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jobsucheUrl, parseJobsucheRecord } from './ba-jobsuche.record';

const FIXTURE = resolve(
  __dirname,
  '../../../../reference-data/fixtures/jobsuche_search_response_example.json',
);
const example = () => structuredClone(JSON.parse(readFileSync(FIXTURE, 'utf8')).stellenangebote[0]);

describe('parseJobsucheRecord', () => {
  it('reads the example listing of the job agency', () => {
    expect(parseJobsucheRecord(example())).toEqual({
      ok: true,
      record: {
        refnr: '10000-1184867112-S',
        employer: 'Gröger & Oltermann Sicherheits- und Elektrotechnik GmbH',
        customerHash: 'Z-HzVkUCLGQiQFxQSAICs302sSdB9Sp7XtgOiO4GGCA=',
        occupationText: 'Elektroinstallateur/in',
        title: 'Elektroinstallateur/in',
        place: {
          postalCode: '90537',
          locality: 'Berlin',
          street: 'Altdorfer Straße',
          lat: 52.4926832,
          lon: 13.4025753,
        },
        startsOn: '2021-07-26',
        publishedOn: '2021-07-25',
        modifiedAt: null,
      },
    });
  });

  it('prefers titel to beruf and reads modifikationsTimestamp when present', () => {
    const parsed = parseJobsucheRecord({
      ...example(),
      titel: '  Elektriker (m/w/d) für Neubauten ',
      modifikationsTimestamp: '2021-07-25T11:20:31.643',
    });
    expect(parsed).toMatchObject({
      ok: true,
      record: { title: 'Elektriker (m/w/d) für Neubauten', modifiedAt: expect.any(Date) },
    });
  });

  it('accepts a postal code written as a number and a record without place', () => {
    const withNumber = example();
    withNumber.arbeitsort.plz = 71332;
    expect(parseJobsucheRecord(withNumber)).toMatchObject({
      ok: true,
      record: { place: { postalCode: '71332' } },
    });
    const { arbeitsort: _, ...withoutPlace } = example();
    expect(parseJobsucheRecord(withoutPlace)).toMatchObject({ ok: true, record: { place: null } });
  });

  it('refuses records without refnr or employer, with the reason', () => {
    expect(parseJobsucheRecord({ ...example(), refnr: ' ' })).toEqual({
      ok: false,
      refnr: null,
      reason: 'missing refnr',
    });
    expect(parseJobsucheRecord({ ...example(), arbeitgeber: undefined })).toEqual({
      ok: false,
      refnr: '10000-1184867112-S',
      reason: 'missing arbeitgeber',
    });
    expect(parseJobsucheRecord('a string')).toEqual({ ok: false, refnr: null, reason: 'not an object' });
  });

  it('refuses broken coordinates and dates', () => {
    const out = example();
    out.arbeitsort.koordinaten = { lat: 152.3, lon: 9.3 };
    expect(parseJobsucheRecord(out)).toMatchObject({ ok: false, reason: 'bad coordinates' });
    const text = example();
    text.arbeitsort.koordinaten = { lat: '48.8', lon: '9.3' };
    expect(parseJobsucheRecord(text)).toMatchObject({ ok: false, reason: 'bad coordinates' });
    expect(parseJobsucheRecord({ ...example(), eintrittsdatum: '2021-02-30' })).toMatchObject({
      ok: false,
      reason: 'bad eintrittsdatum',
    });
    expect(parseJobsucheRecord({ ...example(), modifikationsTimestamp: 'yesterday' })).toMatchObject({
      ok: false,
      reason: 'bad modifikationsTimestamp',
    });
  });
});

describe('jobsucheUrl', () => {
  it('links to the listing on the job agency’s job board', () => {
    expect(jobsucheUrl('10000-1184867112-S')).toBe(
      'https://www.arbeitsagentur.de/jobsuche/jobdetail/10000-1184867112-S',
    );
  });
});
