import type { ConceptInfo } from '../taxonomy/concept-labels';
import type { GuestFirmRow } from './event-firms.repository';
import { guestShowings } from './event-firms.service';

const guest: GuestFirmRow = {
  id: 'g1',
  event_id: 'e1',
  name: 'Schreinerei Öztürk',
  town_ags: '08119079',
  town_name: 'Waiblingen',
  lat: 48.83,
  lon: 9.32,
  offer_kind: 'apprenticeship',
  occupation_codes: ['occ/joiner', 'occ/unknown'],
  competence_codes: ['skill/saw'],
  created_at: new Date(0),
};

const joiner: ConceptInfo = {
  code: 'occ/joiner',
  kind: 'occupation',
  iscoGroup: '7522',
  curatedField: null,
  labels: { de: { text: 'Tischler/Tischlerin', source: 'esco' } } as ConceptInfo['labels'],
};

describe('what a firm entered on the spot looks for', () => {
  it('is one offer per known occupation at the firm’s town, named competences required, essential skills nice to have', () => {
    const showings = guestShowings(
      guest,
      new Map([[joiner.code, joiner]]),
      new Map([['occ/joiner', ['skill/glue', 'skill/saw', 'skill/sand']]]),
    );
    expect(showings).toHaveLength(1);
    const [s] = showings;
    expect(s).toMatchObject({ id: 'g1:occ/joiner', title: 'Tischler/Tischlerin', place: 'Waiblingen' });
    expect(s.input).toMatchObject({
      kind: 'apprenticeship',
      occupationCode: 'occ/joiner',
      requiredCompetences: ['skill/saw'],
      // A named competence is not counted twice.
      niceToHaveCompetences: ['skill/glue', 'skill/sand'],
      location: { lat: 48.83, lon: 9.32 },
      germanStrict: false,
      maxDistanceKm: null,
      startsOn: null,
    });
    expect(s.input.germanMinimum).toEqual({ overall: null, understanding: null, speaking: null, writing: null });
  });
});
