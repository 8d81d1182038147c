import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { DomainError } from '../../common/domain-error';
import { loadPrintFonts } from './print-fonts';
import { PrintMessage } from './print.errors';

/** Debian's Chromium, or the one PASSGENAU_CHROMIUM names (the production image installs it). */
export function chromiumExecutable(): string | null {
  const candidates = [
    process.env['PASSGENAU_CHROMIUM'],
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ].filter((path): path is string => Boolean(path));
  return candidates.find((path) => existsSync(path)) ?? null;
}

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // No host name resolves: a printout cannot reach anything but the renderer's own loopback server.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// Documents may load their fonts and inline styles and images, nothing else (no scripts, no network).
const DOCUMENT_POLICY = "default-src 'none'; font-src 'self'; style-src 'unsafe-inline'; img-src data:";

/** Pages printed at the same time; further prints wait their turn. */
export const PRINT_CONCURRENCY = 3;
const RENDER_TIMEOUT_MS = 60_000;

export interface RenderOptions {
  landscape?: boolean;
}

interface Running {
  browser: Browser;
  context: BrowserContext;
  server: Server;
  origin: string;
}

/**
 * Prints HTML to A4 PDF with headless Chromium. One browser, started on the first print and kept;
 * each print gets its own page, closed afterwards. Documents and the shipped fonts come from a
 * loopback server inside this process (fonts from memory, cached by the browser), so a printout
 * never touches the network.
 */
@Injectable()
export class PdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(PdfRenderer.name);
  private running: Promise<Running> | null = null;
  private fonts: Map<string, Buffer> | null = null;
  private readonly documents = new Map<string, string>();
  private active = 0;
  private readonly queue: Array<() => void> = [];

  async render(html: string, options: RenderOptions = {}): Promise<Buffer> {
    await this.acquire();
    try {
      const { context, origin } = await this.ready();
      const path = `/doc/${randomUUID()}`;
      this.documents.set(path, html);
      const page = await context.newPage();
      try {
        page.setDefaultTimeout(RENDER_TIMEOUT_MS);
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        // The shipped fonts must be in before printing, or Chromium prints with a fallback font.
        await page.evaluate('document.fonts.ready.then(() => true)');
        return await page.pdf({
          format: 'A4',
          landscape: options.landscape ?? false,
          printBackground: true,
          preferCSSPageSize: true,
        });
      } finally {
        this.documents.delete(path);
        await page.close().catch(() => undefined);
      }
    } finally {
      this.release();
    }
  }

  /** Pages open right now (for the bench and tests: none stay open after a print). */
  async openPages(): Promise<number> {
    if (!this.running) return 0;
    return (await this.running).context.pages().length;
  }

  async onModuleDestroy(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (!running) return;
    const started = await running.catch(() => null);
    if (!started) return;
    await started.browser.close().catch(() => undefined);
    await new Promise<void>((resolve) => started.server.close(() => resolve()));
  }

  private acquire(): Promise<void> {
    if (this.active < PRINT_CONCURRENCY) {
      this.active += 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.queue.push(resolve));
  }

  private release(): void {
    const next = this.queue.shift();
    if (next) next();
    else this.active -= 1;
  }

  private ready(): Promise<Running> {
    this.running ??= this.launch().catch((error: unknown) => {
      this.running = null;
      this.logger.error(`Chromium did not start: ${String(error)}`);
      throw new DomainError('PRINT_RENDERER_UNAVAILABLE', PrintMessage.RENDERER_UNAVAILABLE);
    });
    return this.running;
  }

  private async launch(): Promise<Running> {
    const executablePath = chromiumExecutable();
    if (!executablePath) throw new Error('no Chromium found (set PASSGENAU_CHROMIUM)');
    this.fonts ??= loadPrintFonts();
    const server = createServer((request, response) => this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const browser = await chromium.launch({ executablePath, headless: true, args: LAUNCH_ARGS });
      const context = await browser.newContext();
      const running: Running = { browser, context, server, origin };
      browser.on('disconnected', () => {
        // A crashed browser is started again on the next print.
        void this.running?.then((current) => {
          if (current === running) {
            this.running = null;
            server.close();
          }
        });
      });
      return running;
    } catch (error) {
      server.close();
      throw error;
    }
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    const path = (request.url ?? '').split('?')[0];
    const font = this.fonts?.get(path);
    if (request.method === 'GET' && font) {
      response.writeHead(200, {
        'Content-Type': 'font/ttf',
        'Cache-Control': 'public, max-age=31536000, immutable',
      });
      response.end(font);
      return;
    }
    const html = request.method === 'GET' ? this.documents.get(path) : undefined;
    if (html !== undefined) {
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': DOCUMENT_POLICY,
        'Cache-Control': 'no-store',
      });
      response.end(html);
      return;
    }
    response.writeHead(404).end();
  }
}
