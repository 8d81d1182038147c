// argon2 ships prebuilt binaries whose linux-x64 build crashes (SIGSEGV) on some Node builds.
// After `npm install`, make sure a binary compiled on this machine is there and works; fail loudly
// otherwise instead of crashing at the first sign-in.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let packageDir;
try {
  packageDir = dirname(require.resolve('argon2/package.json'));
} catch {
  process.exit(0); // not installed (e.g. a production install without the API)
}

const probe = () =>
  spawnSync(
    process.execPath,
    [
      '-e',
      "require('argon2').hash('probe').then((h) => require('argon2').verify(h, 'probe')).then((ok) => process.exit(ok ? 0 : 1))",
    ],
    {
      stdio: 'ignore',
    },
  ).status === 0;

if (!existsSync(join(packageDir, 'build', 'Release', 'argon2.node')) || !probe()) {
  process.stdout.write('argon2: compiling the native module for this machine (about 15 s)\n');
  const build = spawnSync('npm', ['rebuild', 'argon2', '--build-from-source', '--foreground-scripts'], {
    stdio: 'inherit',
  });
  if (build.status !== 0 || !probe()) {
    process.stderr.write(
      'argon2: the native module could not be built or does not work. Passwords cannot be hashed.\n' +
        'Install a C++ toolchain (Debian: apt-get install -y python3 make g++) and run `npm rebuild argon2 --build-from-source`.\n',
    );
    process.exit(1);
  }
}
