// The change-audit scenarios of API tokens, webhooks, request flows and SSO keys
// (admin-change-scenarios.ts).
import { change, names, unique, type Scenario } from "./admin-change-scenarios.ts";
import type { ChangeWorld } from "./admin-change-world.ts";

async function createWebhook(world: ChangeWorld) {
  const url = `https://hooks.example.com/${unique()}`;
  const created = await world.call("POST", "/api/admin/webhooks", { url });
  return { id: created.json<{ webhook: { id: string } }>().webhook.id, url };
}

async function requestableApp(world: ChangeWorld) {
  const appId = await world.app("saml", `req${unique()}`);
  const targetGroupId = await world.group(`Requesters ${unique()}`);
  const flow = {
    targetGroupId,
    requestersGroupId: null,
    steps: [{ approver: "admins" }],
    durationsDays: [],
    maxDurationDays: null,
  };
  return { appId, flow };
}

export const automationScenarios: Scenario[] = [
  {
    route: "POST /api/admin/api-tokens",
    event: "api_token.created",
    prepare: () => {
      const name = `SIEM ${unique()}`;
      return {
        method: "POST",
        url: "/api/admin/api-tokens",
        body: { name, scopes: ["audit:read"] },
        target: "<created>",
        expect: names(name),
      };
    },
  },
  {
    route: "POST /api/admin/api-tokens/:id/revoke",
    event: "api_token.revoked",
    prepare: async (world) => {
      const name = `Sync ${unique()}`;
      const created = await world.call("POST", "/api/admin/api-tokens", {
        name,
        scopes: ["users:read"],
      });
      const id = created.json<{ token: { id: string } }>().token.id;
      return {
        method: "POST",
        url: `/api/admin/api-tokens/${id}/revoke`,
        target: id,
        expect: names(name),
      };
    },
  },
  {
    route: "POST /api/admin/webhooks",
    event: "webhook.created",
    prepare: () => {
      const url = `https://hooks.example.com/${unique()}`;
      return {
        method: "POST",
        url: "/api/admin/webhooks",
        body: { url },
        target: "<created>",
        expect: names(url),
      };
    },
  },
  ...(["pause", "resume", "remove"] as const).map((action): Scenario => ({
    route: `POST /api/admin/webhooks/:id/${action}`,
    event:
      action === "pause"
        ? "webhook.paused"
        : action === "resume"
          ? "webhook.resumed"
          : "webhook.removed",
    prepare: async (world) => {
      const { id, url } = await createWebhook(world);
      if (action === "resume") {
        await world.call("POST", `/api/admin/webhooks/${id}/pause`);
      }
      return {
        method: "POST",
        url: `/api/admin/webhooks/${id}/${action}`,
        target: id,
        expect: action === "remove" ? names(url) : change("paused"),
      };
    },
  })),
  {
    route: "POST /api/admin/request-flows/:id",
    event: "request_flow.changed",
    prepare: async (world) => {
      const { appId, flow } = await requestableApp(world);
      await world.call("POST", `/api/admin/request-flows/${appId}`, flow);
      return {
        method: "POST",
        url: `/api/admin/request-flows/${appId}`,
        body: { ...flow, steps: [{ approver: "manager" }], maxDurationDays: 30 },
        target: appId,
        expect: change("steps", "maxDurationDays"),
      };
    },
  },
  {
    route: "POST /api/admin/request-flows/:id/remove",
    event: "request_flow.removed",
    prepare: async (world) => {
      const { appId, flow } = await requestableApp(world);
      await world.call("POST", `/api/admin/request-flows/${appId}`, flow);
      return {
        method: "POST",
        url: `/api/admin/request-flows/${appId}/remove`,
        target: appId,
        expect: change("requestable", "steps"),
      };
    },
  },
  {
    route: "POST /api/admin/sso-keys/rotate",
    event: "sso.keys_rotated",
    prepare: () => ({
      method: "POST",
      url: "/api/admin/sso-keys/rotate",
      body: { purpose: "saml-signing" },
      target: "saml-signing",
      expect: change("activeKeys"),
    }),
  },
];
