import { describeStopReport } from './embedded-runtime';

describe('describeStopReport', () => {
  it('says what was stopped and what was already gone', () => {
    expect(describeStopReport({ stopped: ['Meilisearch', 'PostgreSQL'], alreadyGone: [] })).toBe(
      'stopped Meilisearch and PostgreSQL',
    );
    expect(
      describeStopReport({
        stopped: ['Meilisearch'],
        alreadyGone: ['PostgreSQL (exited with signal SIGKILL)'],
      }),
    ).toBe('stopped Meilisearch; PostgreSQL (exited with signal SIGKILL) was already gone');
    expect(describeStopReport({ stopped: [], alreadyGone: ['Meilisearch', 'PostgreSQL'] })).toBe(
      'Meilisearch and PostgreSQL were already gone',
    );
    expect(describeStopReport({ stopped: [], alreadyGone: [] })).toBe('no embedded servers were running');
  });
});
