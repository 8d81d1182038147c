import { withTimeFloor } from './even-timing';

describe('withTimeFloor', () => {
  it('answers no sooner than the floor, whether the work is quick or fails', async () => {
    let started = performance.now();
    await expect(withTimeFloor(60, async () => 'done')).resolves.toBe('done');
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
    started = performance.now();
    await expect(
      withTimeFloor(60, async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
  });
});
