import { isIPv6 } from 'node:net';

/** Failed sign-ins are counted over this window. */
export const LOGIN_FAILURE_WINDOW_MINUTES = 15;
/** One source may fail this often per account and window; then only that source is refused. */
export const SOURCE_FAILURE_LIMIT = 10;
/** From this many failures of one source, each further try of that source is answered more slowly. */
const SOURCE_FREE_FAILURES = 5;
const SOURCE_BASE_DELAY_MS = 100;
const SOURCE_MAX_DELAY_MS = 3_000;
/** Many failures from many sources (a spread-out attack) slow every try on the account a little. */
export const ACCOUNT_SLOW_FAILURES = 20;
const ACCOUNT_DELAY_MS = 1_000;

/**
 * How long to wait before checking a password, given the recent failures on this account from the
 * asking source and from all sources. The wait grows with failures but never refuses anyone.
 */
export function signInDelayMs(failuresFromSource: number, failuresOnAccount: number): number {
  const own =
    failuresFromSource < SOURCE_FREE_FAILURES
      ? 0
      : Math.min(
          SOURCE_BASE_DELAY_MS * 2 ** (failuresFromSource - SOURCE_FREE_FAILURES),
          SOURCE_MAX_DELAY_MS,
        );
  const spread = failuresOnAccount >= ACCOUNT_SLOW_FAILURES ? ACCOUNT_DELAY_MS : 0;
  return Math.max(own, spread);
}

/**
 * The source a failure is counted for: the client address (as Express resolved it through the
 * trusted proxies). An IPv6 client is counted by its /64 network, since one host usually holds a
 * whole /64 and could otherwise rotate addresses freely.
 */
export function signInSource(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  let groups: string[];
  if (ip.includes('::')) {
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = tail ? tail.split(':') : [];
    groups = [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  } else {
    groups = ip.split(':');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}
