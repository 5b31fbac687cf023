// The SSO engines of one server, built on first use (after listen, when the public origin is
// known): the organization's keys, loaded or generated once, the OpenID Provider and the SAML
// signing material. A key rotation (the `sso-keys` change topic, storage/change-topics.ts) makes
// every instance drop what it built and load the keys again on the next request.
import type Provider from "oidc-provider";
import { sourceLocale } from "../../locales/locales.ts";
import type { Site } from "../config/site.ts";
import { browserLocale } from "../lib/accept-language.ts";
import { createServerText } from "../lib/server-text.ts";
import type { SsoKey } from "../storage/apps-schema.ts";
import { resolveSecretKey, type KeyContext } from "../storage/server-key.ts";
import { failures } from "./launch-messages.ts";
import { failurePage } from "./launch-pages.ts";
import { ensureSsoKeys, publishableKeys, samlSigningKey, ssoOrganizationId } from "./sso-keys.ts";

export type SsoEngine = {
  provider(): Promise<Provider>;
  samlSigning(): Promise<{ privateKeyPem: string; certificatePem: string }>;
  samlCertificates(): Promise<string[]>;
  /** Forgets the loaded keys and the provider built on them: the keys changed. */
  reload(): void;
};

export class NoOrganizationError extends Error {}

export function createSsoEngine(context: KeyContext & { site: Site }): SsoEngine {
  const { site } = context;
  let keys: Promise<SsoKey[]> | undefined;
  let provider: Promise<Provider> | undefined;
  const loadKeys = () => {
    if (keys !== undefined) {
      return keys;
    }
    const loading = (async () => {
      const organizationId = await ssoOrganizationId(context.db);
      if (organizationId === undefined) {
        throw new NoOrganizationError("No organization exists yet");
      }
      return ensureSsoKeys(
        { ...context, sealingKey: await resolveSecretKey(context) },
        organizationId,
      );
    })();
    keys = loading;
    // A failed load (no organization yet, database down) is retried by the next request.
    loading.catch(() => {
      if (keys === loading) {
        keys = undefined;
      }
    });
    return loading;
  };
  return {
    provider() {
      if (provider !== undefined) {
        return provider;
      }
      // oidc-provider is loaded here, on the first OIDC request, not at start-up.
      const building = Promise.all([loadKeys(), import("../oidc/oidc-provider.ts")]).then(
        ([loaded, { createOidcProvider }]) =>
          createOidcProvider({
            db: context.db,
            origin: site.origin,
            signingKeys: publishableKeys(loaded, "oidc-signing").map((key) => ({
              ...(JSON.parse(key.private_key) as Record<string, string>),
              kid: key.id,
              alg: key.algorithm,
              use: "sig",
            })),
            cookieKeys: publishableKeys(loaded, "oidc-cookie").map((key) => key.private_key),
            https: site.https,
            errorPage: ({ status, description, acceptLanguage }) =>
              failurePage(
                context.random,
                createServerText(browserLocale(acceptLanguage) ?? sourceLocale),
                {
                  status,
                  failure: failures.appRequestRefused,
                  values: {
                    hasDetail: description === undefined ? "no" : "yes",
                    detail: description ?? "",
                  },
                  portalUrl: `${site.origin}/applications`,
                },
              ),
          }),
      );
      provider = building;
      building.catch(() => {
        if (provider === building) {
          provider = undefined;
        }
      });
      return building;
    },
    samlSigning: async () => samlSigningKey(await loadKeys()),
    samlCertificates: async () =>
      publishableKeys(await loadKeys(), "saml-signing").flatMap((key) =>
        key.certificate === null ? [] : [key.certificate],
      ),
    reload() {
      keys = undefined;
      provider = undefined;
    },
  };
}
