// A minimal browser for the benches: one origin only, a cookie jar, and redirects reported, never
// followed (the apps' own URLs are not localhost).
import { request, type Agent } from "node:http";

export type Answer = {
  status: number;
  location: string | undefined;
  body: string;
  cookies: string[];
};

export class Browser {
  private readonly jar = new Map<string, string>();
  private readonly origin: string;
  private readonly agent: Agent;

  constructor(origin: string, agent: Agent, cookie: string) {
    this.origin = origin;
    this.agent = agent;
    const [name = "", value = ""] = cookie.split("=");
    this.jar.set(name, value);
  }

  send(method: string, pathOrUrl: string, body?: string, type?: string): Promise<Answer> {
    const url = new URL(pathOrUrl, this.origin);
    if (url.origin !== this.origin) {
      throw new Error(`the bench only talks to ${this.origin}`);
    }
    return new Promise((resolve, reject) => {
      const outgoing = request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            cookie: [...this.jar].map(([name, value]) => `${name}=${value}`).join("; "),
            ...(body === undefined
              ? {}
              : { "content-type": type ?? "application/json", origin: this.origin }),
          },
        },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("end", () => {
            const cookies = incoming.headers["set-cookie"] ?? [];
            for (const cookie of cookies) {
              const [pair = ""] = cookie.split(";");
              const index = pair.indexOf("=");
              this.jar.set(pair.slice(0, index), pair.slice(index + 1));
            }
            const location = incoming.headers.location;
            resolve({
              status: incoming.statusCode ?? 0,
              location: location === undefined ? undefined : new URL(location, url).href,
              body: Buffer.concat(chunks).toString(),
              cookies,
            });
          });
        },
      );
      outgoing.on("error", reject);
      outgoing.end(body);
    });
  }
}
