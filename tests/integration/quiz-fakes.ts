// Stand-ins for Next's request APIs so server actions run in vitest as they
// would in a request: an in-memory cookie jar for next/headers, and
// redirect/notFound that throw, as the real ones do, with something a test
// can assert on.

export class RedirectSignal extends Error {
  constructor(readonly url: string) {
    super(`redirect to ${url}`);
  }
}

export class NotFoundSignal extends Error {
  constructor() {
    super("not found");
  }
}

export interface FakeCookie {
  name: string;
  value: string;
  options: Record<string, unknown>;
}

export function createCookieJar() {
  const jar = new Map<string, FakeCookie>();
  const store = {
    get: (name: string) => {
      const cookie = jar.get(name);
      return cookie ? { name, value: cookie.value } : undefined;
    },
    has: (name: string) => jar.has(name),
    set: (name: string, value: string, options: Record<string, unknown> = {}) => {
      jar.set(name, { name, value, options });
    },
    delete: (nameOrOptions: string | { name: string }) => {
      jar.delete(typeof nameOrOptions === "string" ? nameOrOptions : nameOrOptions.name);
    },
  };
  return { jar, store };
}

export function form(fields: Record<string, string | number | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const one of [value].flat()) data.append(key, String(one));
  }
  return data;
}

/** Runs an action that is expected to redirect; returns where to. */
export async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof RedirectSignal) return error.url;
    throw error;
  }
  throw new Error("expected a redirect");
}

/** The one jar the mocked next/headers hands out within a test file. */
export const cookieJar = createCookieJar();
