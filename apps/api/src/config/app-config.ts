import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  host: string;
  port: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** `text`: short lines for people (default outside production); `json`: one JSON object per line. */
  logFormat: 'text' | 'json';
  dataDir: string;
  /** Set when an external PostgreSQL is used; otherwise the embedded server is started. */
  databaseUrl: string | null;
  /** Set (with the key) when an external Meilisearch is used; otherwise the embedded server is started. */
  meiliUrl: string | null;
  meiliMasterKey: string | null;
  /** Prefix of every Meilisearch index name, so several installations or test runs can share a server. */
  meiliIndexPrefix: string;
  embeddedPostgresPort: number;
  embeddedMeiliPort: number;
  seedDemoData: boolean;
  webDistDir: string | null;
  /** Secret for session tokens; required in production, generated into the data folder otherwise. */
  jwtSecret: string | null;
  /** Base address of the web app, for links in e-mails. */
  publicUrl: string;
  /** smtp(s)://user:pass@host:port; without it e-mails go to the outbox table only. */
  smtpUrl: string | null;
  /**
   * Folder that receives every mail as an `.eml` file when no SMTP server is configured (MAIL_DIR;
   * in development `<dataDir>/mail` by default), so sign-up and reset links work in a demo.
   */
  mailDir: string | null;
  mailFrom: string;
  /** Sign-in, sign-up, reset and invitation requests per minute and IP address. */
  authRequestsPerMinute: number;
  /**
   * Addresses (IPs or CIDR ranges) of reverse proxies whose X-Forwarded-For header is believed.
   * Empty (the default): the client address is the TCP peer and proxy headers are ignored.
   */
  trustedProxies: string[];
  /** Retries of a failed job (e.g. a mail delivery) after its first attempt. */
  jobRetryLimit: number;
  /** Seconds before the first retry of a failed job; doubles with every further retry. */
  jobRetryDelaySeconds: number;
  /** Days a contact request stays open for the candidate's answer (CONTACT_REQUEST_EXPIRY_DAYS). */
  contactRequestExpiryDays: number;
  /** Contact requests one firm may send per district day (CONTACT_REQUESTS_PER_FIRM_PER_DAY). */
  contactRequestsPerFirmPerDay: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

type Env = Record<string, string | undefined>;

function parsePort(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535 (got "${raw}")`);
    return fallback;
  }
  return Number(raw);
}

function parseUrl(env: Env, name: string, protocols: string[], problems: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  try {
    const url = new URL(raw);
    if (!protocols.includes(url.protocol)) {
      problems.push(
        `${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${url.protocol}")`,
      );
      return null;
    }
    return raw;
  } catch {
    problems.push(`${name} is not a valid URL`);
    return null;
  }
}

function parsePositiveInt(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) {
    problems.push(`${name} must be a positive whole number (got "${raw}")`);
    return fallback;
  }
  return Number(raw);
}

function parseBoolean(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return fallback;
}

function parseChoice<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    problems.push(`${name} must be one of ${choices.join(', ')} (got "${raw}")`);
    return fallback;
  }
  return raw as T;
}

/** A comma-separated list of IP addresses and CIDR ranges (IPv4 or IPv6); empty means none. */
function parseProxyList(env: Env, name: string, problems: string[]): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  const entries = raw.split(',').map((entry) => entry.trim());
  const wrong = entries.filter((entry) => {
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address ?? '');
    if (version === 0 || rest.length > 0) return true;
    if (prefix === undefined) return false;
    const max = version === 4 ? 32 : 128;
    return !/^\d{1,3}$/.test(prefix) || Number(prefix) > max;
  });
  if (wrong.length > 0) {
    problems.push(
      `${name} must be a comma-separated list of IP addresses or CIDR ranges (wrong: ${wrong
        .map((entry) => `"${entry}"`)
        .join(', ')})`,
    );
    return [];
  }
  return entries;
}

/** Reads and checks every setting at once, so a bad start names all wrong variables together. */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = parseChoice(
    env,
    'NODE_ENV',
    ['development', 'production', 'test'] as const,
    'development',
    problems,
  );
  const port = parsePort(env, 'PORT', 3000, problems);
  const host = env['HOST'] && env['HOST'] !== '' ? env['HOST'] : '127.0.0.1';
  const logLevel = parseChoice(
    env,
    'LOG_LEVEL',
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const,
    'info',
    problems,
  );
  const logFormat = parseChoice(
    env,
    'LOG_FORMAT',
    ['text', 'json'] as const,
    nodeEnv === 'production' ? 'json' : 'text',
    problems,
  );
  const databaseUrl = parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems);
  const meiliUrl = parseUrl(env, 'MEILI_URL', ['http:', 'https:'], problems);
  const meiliMasterKey =
    env['MEILI_MASTER_KEY'] && env['MEILI_MASTER_KEY'] !== '' ? env['MEILI_MASTER_KEY'] : null;
  if (meiliUrl && !meiliMasterKey) problems.push('MEILI_MASTER_KEY must be set when MEILI_URL is set');
  if (!env['MEILI_URL'] && meiliMasterKey)
    problems.push('MEILI_URL must be set when MEILI_MASTER_KEY is set');
  const prefix = env['MEILI_INDEX_PREFIX'] ?? 'passgenau';
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(prefix)) {
    problems.push('MEILI_INDEX_PREFIX may only hold letters, digits, "-" and "_" (1 to 40 characters)');
  }
  const rawDataDir =
    env['PASSGENAU_DATA_DIR'] && env['PASSGENAU_DATA_DIR'] !== '' ? env['PASSGENAU_DATA_DIR'] : '.data';
  const webDistDir = env['WEB_DIST_DIR'] ? resolve(cwd, env['WEB_DIST_DIR']) : null;
  const dataDir = isAbsolute(rawDataDir) ? rawDataDir : resolve(cwd, rawDataDir);
  const smtpUrl = parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems);
  const rawMailDir = env['MAIL_DIR'] && env['MAIL_DIR'] !== '' ? resolve(cwd, env['MAIL_DIR']) : null;
  if (rawMailDir && smtpUrl) problems.push('MAIL_DIR and SMTP_URL exclude each other; set only one');
  const mailDir = rawMailDir ?? (!smtpUrl && nodeEnv === 'development' ? resolve(dataDir, 'mail') : null);
  const config: AppConfig = {
    nodeEnv,
    host,
    port,
    logLevel,
    logFormat,
    dataDir,
    databaseUrl,
    meiliUrl,
    meiliMasterKey,
    meiliIndexPrefix: prefix,
    embeddedPostgresPort: parsePort(env, 'PASSGENAU_PG_PORT', 54329, problems),
    embeddedMeiliPort: parsePort(env, 'PASSGENAU_MEILI_PORT', 7701, problems),
    seedDemoData: parseBoolean(env, 'PASSGENAU_SEED_DEMO', nodeEnv !== 'production', problems),
    webDistDir,
    jwtSecret: parseSecrets(env, nodeEnv, problems),
    publicUrl: (
      parseUrl(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${port}`
    ).replace(/\/$/, ''),
    smtpUrl,
    mailDir,
    mailFrom:
      env['MAIL_FROM'] && env['MAIL_FROM'] !== '' ? env['MAIL_FROM'] : 'Passgenau <no-reply@passgenau.local>',
    authRequestsPerMinute: parsePositiveInt(env, 'PASSGENAU_AUTH_REQUESTS_PER_MINUTE', 30, problems),
    trustedProxies: parseProxyList(env, 'TRUSTED_PROXIES', problems),
    jobRetryLimit: parsePositiveInt(env, 'JOB_RETRY_LIMIT', 10, problems),
    jobRetryDelaySeconds: parsePositiveInt(env, 'JOB_RETRY_DELAY_SECONDS', 30, problems),
    contactRequestExpiryDays: parsePositiveInt(env, 'CONTACT_REQUEST_EXPIRY_DAYS', 14, problems),
    contactRequestsPerFirmPerDay: parsePositiveInt(env, 'CONTACT_REQUESTS_PER_FIRM_PER_DAY', 20, problems),
  };
  if (config.nodeEnv === 'production' && config.seedDemoData) {
    problems.push(
      'PASSGENAU_SEED_DEMO must not be true in production (demo accounts have a public password)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Values that must never protect a production installation. */
export const WEAK_SECRETS = ['secret', 'changeme', 'change-me', 'jwt-secret', 'passgenau', 'development'];

function parseSecrets(env: Env, nodeEnv: string, problems: string[]): string | null {
  const secret = env['JWT_SECRET'] && env['JWT_SECRET'] !== '' ? env['JWT_SECRET'] : null;
  if (secret && (secret.length < 32 || WEAK_SECRETS.includes(secret.toLowerCase()))) {
    problems.push('JWT_SECRET must be a random value of at least 32 characters');
  }
  if (!secret && nodeEnv === 'production') problems.push('JWT_SECRET must be set in production');
  return secret;
}
