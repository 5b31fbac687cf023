// The ceiling for the OIDC token endpoint in `npm run bench`, run as its own process so its CPU
// time is its own: oidc-provider alone on node:http with an in-memory adapter, one ES256 key,
// one confidential client (client_secret_basic) and the grant Gatehouse's figure redeems: an
// authorization code with PKCE S256 for "openid email", bound to a session and a grant. No
// database, no catalog, no hashed secret. POST /bench/codes?count=N mints codes (outside the
// measured part, at most 5,000 a call); everything else is the provider itself. With
// BENCH_ALONE_POSTGRES_URL its entries live in PostgreSQL instead, through a plain adapter
// (bench/postgres-oidc-adapter.ts): the second ceiling of the PostgreSQL token figure.
import { createHash, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import Provider from "oidc-provider";
import { createMemoryAdapterFactory } from "./memory-oidc-adapter.ts";
import { createPostgresAdapterFactory } from "./postgres-oidc-adapter.ts";

export const aloneClient = {
  clientId: "bench-alone",
  secret: "bench-alone-secret-0123456789abcdef",
  redirectUri: "https://tracker.bench.example/callback",
};
const accountId = "bench-account";
const maxCodesPerCall = 5_000;

async function startAloneServer(port: number, postgresUrl: string | undefined): Promise<void> {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const jwk = { ...privateKey.export({ format: "jwk" }), kid: "bench-es256", alg: "ES256" };
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    adapter:
      postgresUrl === undefined
        ? createMemoryAdapterFactory()
        : (await createPostgresAdapterFactory(postgresUrl)).factory,
    jwks: { keys: [jwk] },
    clients: [
      {
        client_id: aloneClient.clientId,
        client_secret: aloneClient.secret,
        redirect_uris: [aloneClient.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
        id_token_signed_response_alg: "ES256",
      },
    ],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    ttl: { AuthorizationCode: 600, AccessToken: 3600, IdToken: 3600, Grant: 3600, Session: 3600 },
    claims: { openid: ["sub"], email: ["email", "email_verified"] },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: "bench.user@example.com", email_verified: true }),
    }),
  });
  const client = await provider.Client.find(aloneClient.clientId);
  if (client === undefined) {
    throw new Error("the bench client is not registered");
  }

  /** One code as Gatehouse's interaction leaves it: a grant, a session holding it, the code. */
  const mintCode = async () => {
    const grant = new provider.Grant({ accountId, clientId: client.clientId });
    grant.addOIDCScope("openid email");
    const grantId = await grant.save();
    const session = new provider.Session();
    session.accountId = accountId;
    session.loginTs = Math.floor(Date.now() / 1000);
    session.grantIdFor(client.clientId, grantId);
    await session.save(3600);
    const verifier = randomBytes(32).toString("base64url");
    const code = new provider.AuthorizationCode({
      client,
      gty: "authorization_code",
      grantId,
      accountId,
      sessionUid: session.uid,
      expiresWithSession: true,
      redirectUri: aloneClient.redirectUri,
      scope: "openid email",
      codeChallenge: createHash("sha256").update(verifier).digest("base64url"),
      codeChallengeMethod: "S256",
    });
    return { code: await code.save(), verifier };
  };

  provider.on("grant.error", (_ctx, error) => {
    console.error("bench oidc-provider alone:", error);
  });
  const callback = provider.callback();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", issuer);
    if (request.method === "POST" && url.pathname === "/bench/codes") {
      const count = Math.min(maxCodesPerCall, Math.max(0, Number(url.searchParams.get("count"))));
      void Promise.all(Array.from({ length: count }, mintCode)).then((codes) => {
        response.setHeader("content-type", "application/json");
        response.end(JSON.stringify(codes));
      });
      return;
    }
    void callback(request, response);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(port, "127.0.0.1");
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
}

if (process.env.BENCH_ALONE_PORT !== undefined) {
  await startAloneServer(
    Number(process.env.BENCH_ALONE_PORT),
    process.env.BENCH_ALONE_POSTGRES_URL,
  );
}
