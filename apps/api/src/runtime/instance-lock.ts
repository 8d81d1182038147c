import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class InstanceLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Passgenau is already running on the data folder ${dataDir} (process ${pid}). ` +
        'Stop that process first, or set PASSGENAU_DATA_DIR to another folder.',
    );
  }
}

export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One running instance per data folder: two PostgreSQL or Meilisearch servers on the same files
 * would corrupt them. The lock file holds the owner's pid; a lock whose owner died is taken over.
 */
export class InstanceLock {
  private readonly path: string;
  private held = false;

  constructor(private readonly dataDir: string) {
    this.path = join(dataDir, 'passgenau.lock');
  }

  acquire(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.path, 'wx', 0o644);
        writeSync(fd, String(process.pid));
        closeSync(fd);
        this.held = true;
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const owner = Number(readFileSync(this.path, 'utf8').trim());
        if (owner !== process.pid && isProcessAlive(owner))
          throw new InstanceLockedError(this.dataDir, owner);
        rmSync(this.path, { force: true });
      }
    }
    throw new Error(`Could not take the lock ${this.path}`);
  }

  release(): void {
    if (!this.held) return;
    this.held = false;
    rmSync(this.path, { force: true });
  }
}
