// A real OpenID Provider for tests (panva's oidc-provider) on a loopback port, and a small
// browser: fetch with a cookie jar that follows redirects and submits the provider's own login
// and consent forms, as a person would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email: string;
  emailVerified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestClient {
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  backchannelLogoutUri?: string;
}

export interface TestIdp {
  issuer: string;
  provider: Provider;
  accounts: Map<string, TestAccount>;
  close(): Promise<void>;
}

export async function startIdp(clients: TestClient[], accounts: TestAccount[]): Promise<TestIdp> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const byId = new Map(accounts.map((a) => [a.sub, a]));
  const provider = new Provider(issuer, {
    clients: clients.map((c) => ({
      client_id: c.clientId,
      client_secret: c.clientSecret,
      redirect_uris: [c.redirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
      ...(c.backchannelLogoutUri
        ? { backchannel_logout_uri: c.backchannelLogoutUri, backchannel_logout_session_required: true }
        : {}),
    })),
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    // The provider refuses to call loopback addresses (SSRF protection); Herald is on loopback here.
    fetch: (url: string | URL | Request, options?: RequestInit & { dispatcher?: unknown }) => {
      if (options) delete options.dispatcher;
      return fetch(url, options);
    },
    features: { devInteractions: { enabled: true }, backchannelLogout: { enabled: true } },
    findAccount: async (_ctx, id) => {
      const a = byId.get(id);
      if (!a) return undefined;
      return {
        accountId: id,
        claims: async () => ({
          sub: id,
          email: a.email,
          email_verified: a.emailVerified ?? true,
          name: a.name ?? a.email,
          groups: a.groups ?? [],
        }),
      };
    },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    provider,
    accounts: byId,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A browser enough for sign-in: cookies per host, redirects followed, forms submitted. */
export class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  private cookieHeader(url: URL): string {
    return [...(this.jar.get(url.host)?.entries() ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const jar = this.jar.get(url.host) ?? new Map<string, string>();
      const expired =
        attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a)) ||
        attrs.some((a) => /^\s*max-age=0/i.test(a)) ||
        value === '';
      if (expired) jar.delete(name);
      else jar.set(name, value);
      this.jar.set(url.host, jar);
    }
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  /** One request, no redirect followed. */
  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string>; json?: unknown } = {},
  ): Promise<Response> {
    const u = new URL(url);
    const headers: Record<string, string> = { cookie: this.cookieHeader(u) };
    let body: string | undefined;
    if (init.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    const response = await fetch(u, {
      method: init.method ?? (body ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    this.store(u, response);
    return response;
  }

  /** Follows redirects; returns the last response and its URL. */
  async follow(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<{ response: Response; url: URL; visited: URL[] }> {
    let current = new URL(url);
    let response = await this.request(current, init);
    const visited = [current];
    for (let i = 0; i < 20 && response.status >= 300 && response.status < 400; i++) {
      current = new URL(response.headers.get('location')!, current);
      visited.push(current);
      response = await this.request(current);
    }
    return { response, url: current, visited };
  }

  /**
   * From a Herald start URL through the provider's login and consent forms (devInteractions) to
   * wherever the provider finally sends the browser. Stops at the callback's answer.
   */
  async signInAt(startUrl: string, login: string): Promise<{ response: Response; url: URL; visited: URL[] }> {
    let step = await this.follow(startUrl);
    const visited = [...step.visited];
    for (let i = 0; i < 5; i++) {
      if (!step.url.pathname.startsWith('/interaction/')) break;
      const html = await step.response.text();
      const action = /action="([^"]+)"/.exec(html)?.[1];
      const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
      if (!action || !prompt) throw new Error(`no form on ${step.url}`);
      const form: Record<string, string> = prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
      step = await this.follow(new URL(action, step.url), { method: 'POST', form });
      visited.push(...step.visited);
    }
    return { ...step, visited };
  }
}
