import { expect, request, type APIRequestContext } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-passgenau-2026';

/**
 * The API as one signed-in account, with a bearer token (no cookies, so no CSRF token): for
 * setting up data that a browser test then looks at.
 */
export class ApiSession {
  private constructor(
    private readonly http: APIRequestContext,
    private readonly token: string,
    readonly account: { accountId: string; displayName: string; candidateId: string | null },
  ) {}

  static async signIn(baseURL: string, email: string, password = DEMO_PASSWORD): Promise<ApiSession> {
    const http = await request.newContext({ baseURL });
    const response = await http.post('/api/auth/login', { data: { email, password } });
    expect(response.status(), await response.text()).toBeLessThan(300);
    const body = await response.json();
    return new ApiSession(http, body.accessToken, body.account);
  }

  async call<T = Record<string, unknown>>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.http.fetch(`/api${url}`, {
      method,
      headers: { Authorization: `Bearer ${this.token}` },
      ...(data === undefined ? {} : { data }),
    });
    expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBe(true);
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  async dispose(): Promise<void> {
    await this.http.dispose();
  }
}
