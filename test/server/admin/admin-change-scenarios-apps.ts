// The change-audit scenarios of apps, assignments and groups (admin-change-scenarios.ts).
import { change, names, unique, type Scenario } from "./admin-change-scenarios.ts";

export const appScenarios: Scenario[] = [
  {
    route: "POST /api/admin/apps",
    event: "app.created",
    prepare: () => {
      const name = `Wiki ${unique()}`;
      return {
        method: "POST",
        url: "/api/admin/apps",
        body: {
          kind: "bookmark",
          displayName: name,
          bookmark: { url: "https://wiki.example.com/" },
        },
        target: "<created>",
        expect: names(name, "https://wiki.example.com/"),
      };
    },
  },
  {
    route: "PATCH /api/admin/apps/:id",
    event: "app.updated",
    prepare: async (world) => {
      const id = await world.app("saml", `crm${unique()}`);
      return {
        method: "PATCH",
        url: `/api/admin/apps/${id}`,
        body: {
          displayName: "CRM renamed",
          requireMfa: true,
          saml: { entityId: "https://crm.example.com/sp2", acsUrl: "https://crm.example.com/acs2" },
        },
        target: id,
        expect: change("displayName", "requireMfa", "entityId", "acsUrl"),
      };
    },
  },
  {
    route: "DELETE /api/admin/apps/:id",
    event: "app.deleted",
    prepare: async (world) => {
      const name = `old${unique()}`;
      const id = await world.app("saml", name);
      return { method: "DELETE", url: `/api/admin/apps/${id}`, target: id, expect: names(name) };
    },
  },
  {
    route: "POST /api/admin/apps/:id/client-secret",
    event: "app.client_secret_rotated",
    prepare: async (world) => {
      const id = await world.app("oidc", `api${unique()}`);
      return {
        method: "POST",
        url: `/api/admin/apps/${id}/client-secret`,
        target: id,
        expect: change("clientSecret"),
      };
    },
  },
  {
    route: "POST /api/admin/apps/:id/assignments",
    event: "app.assigned",
    prepare: async (world) => {
      const id = await world.app("saml", `hr${unique()}`);
      const group = `People ${unique()}`;
      const groupId = await world.group(group);
      return {
        method: "POST",
        url: `/api/admin/apps/${id}/assignments`,
        body: { principalType: "group", principalId: groupId, assigned: true },
        target: id,
        expect: names(group),
      };
    },
  },
  {
    route: "POST /api/admin/groups",
    event: "group.created",
    prepare: () => {
      const name = `Sales ${unique()}`;
      return {
        method: "POST",
        url: "/api/admin/groups",
        body: { name },
        target: "<created>",
        expect: names(name),
      };
    },
  },
  {
    route: "PATCH /api/admin/groups/:id",
    event: "group.renamed",
    prepare: async (world) => {
      const id = await world.group(`Ops ${unique()}`);
      return {
        method: "PATCH",
        url: `/api/admin/groups/${id}`,
        body: { name: `Operations ${unique()}` },
        target: id,
        expect: change("name"),
      };
    },
  },
  {
    route: "DELETE /api/admin/groups/:id",
    event: "group.deleted",
    prepare: async (world) => {
      const name = `Gone ${unique()}`;
      const id = await world.group(name);
      return { method: "DELETE", url: `/api/admin/groups/${id}`, target: id, expect: names(name) };
    },
  },
  {
    route: "POST /api/admin/groups/:id/members",
    event: "group.member_added",
    prepare: async (world) => {
      const name = `Team ${unique()}`;
      const id = await world.group(name);
      const member = await world.user();
      return {
        method: "POST",
        url: `/api/admin/groups/${id}/members`,
        body: { userId: member.id, member: true },
        target: id,
        expect: names(name, member.email),
      };
    },
  },
];
