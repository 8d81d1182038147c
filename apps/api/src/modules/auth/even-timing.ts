/**
 * Runs `work` and answers (or fails) no sooner than `floorMs` after the start. Routes whose work
 * differs a little between known and unknown e-mails use it on top of doing the same steps, so the
 * response time does not tell which e-mails have an account.
 */
export async function withTimeFloor<T>(floorMs: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const wait = () => {
    const left = floorMs - (performance.now() - started);
    return left > 0 ? new Promise<void>((resolve) => setTimeout(resolve, left)) : Promise.resolve();
  };
  try {
    const result = await work();
    await wait();
    return result;
  } catch (error) {
    await wait();
    throw error;
  }
}
