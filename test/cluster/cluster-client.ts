// A browser stand-in for the cluster suites: keep-alive HTTP from its own loopback address (so
// HAProxy tells the instances a client address of its own), a cookie jar, and the portal's
// Origin on every state-changing request.
import { Agent, request } from "node:http";

export type Answer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The error code of a JSON error body (`{ code, message }`), if any. */
  code: string | undefined;
  json<T>(): T;
};

export type ClientOptions = {
  /** Where requests go: the load balancer or one instance. */
  baseUrl: string;
  /** The portal's public origin, sent as Origin. */
  origin: string;
  /** A 127.x.y.z address to connect from; HAProxy reports it in X-Forwarded-For. */
  localAddress?: string;
};

export class ClusterClient {
  readonly cookies = new Map<string, string>();
  private readonly agent: Agent;

  private readonly options: ClientOptions;

  constructor(options: ClientOptions) {
    this.options = options;
    this.agent = new Agent({
      keepAlive: true,
      maxSockets: 4,
      ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
    });
  }

  send(
    method: string,
    path: string,
    body?: object,
    extraHeaders: Record<string, string> = {},
    baseUrl = this.options.baseUrl,
  ): Promise<Answer> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Promise((resolve, reject) => {
      const outgoing = request(
        `${baseUrl}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            ...(payload === undefined
              ? {}
              : { "content-type": "application/json", origin: this.options.origin }),
            ...(cookie === "" ? {} : { cookie }),
            ...extraHeaders,
          },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () => {
            this.remember(incoming.headers["set-cookie"] ?? []);
            const text = Buffer.concat(chunks).toString();
            resolve({
              status: incoming.statusCode ?? 0,
              headers: incoming.headers,
              body: text,
              code: codeOf(text),
              json: <T>() => JSON.parse(text) as T,
            });
          });
        },
      );
      outgoing.setTimeout(30_000, () => outgoing.destroy(new Error(`${method} ${path} timed out`)));
      outgoing.on("error", reject);
      outgoing.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) =>
        /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute),
      );
      if (expired || value === "") {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
  }
}

function codeOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { code?: unknown };
    return typeof parsed.code === "string" ? parsed.code : undefined;
  } catch {
    return undefined;
  }
}

/** identify → password; resolves with the password step's answer (200 once signed in). */
export async function signIn(client: ClusterClient, email: string, password: string) {
  const identify = await client.send("POST", "/api/auth/identify", { email });
  if (identify.status !== 200) {
    return identify;
  }
  return client.send("POST", "/api/auth/password", { password });
}
