// The architecture, checked by dependency-cruiser in `npm run lint` (see docs/architecture.md).
//
// 1. The folder is the runtime: server/, renderer/, main/ and preload/ share types only, and code
//    only through the two contracts (preload/contract.ts, server/schemas/).
// 2. Inside the server, layers run one way, top to bottom; nothing imports a layer above its own.
// 3. No import cycle anywhere in the repository.

/**
 * Server layers, top to bottom, each a list of folders in order. A module may import modules of
 * its own folder and of any folder listed after it — never one listed before it.
 */
const serverLayers = [
  {
    layer: "start-up",
    says: "the `gatehouse` and `gatehouse-admin` commands and the server they start",
    folders: [
      "server/(cli|cli-main|bundled|bundled-main|server)[.]ts",
      "server/admin/cli([.]ts|/)",
    ],
  },
  {
    layer: "http",
    says: "app.ts builds the Fastify app and registers every route module; routes validate, make one domain call and map the outcome; plugins are cross-cutting",
    folders: [
      "server/app[.]ts",
      "server/demo/",
      "server/routes/",
      "server/plugins/",
      "server/(context|errors)[.]ts",
    ],
  },
  {
    layer: "features",
    says: "what a user or an admin does: launch an app, reset a password, enroll a device, provision over SCIM",
    folders: [
      "server/scim/",
      "server/admin/(?!cli([.]ts|/))",
      "server/requests/",
      "server/launch/",
      "server/push/",
      "server/security/",
      "server/profile/",
      "server/passwords/",
      "server/device-login/",
      "server/devices/",
      "server/ssh/",
    ],
  },
  {
    layer: "accounts",
    says: "accounts, sessions and factors; the app catalog",
    folders: ["server/auth/", "server/apps/"],
  },
  {
    layer: "records",
    says: "the audit log, the admin policies, outgoing mail",
    folders: ["server/audit/", "server/policies/", "server/mail/"],
  },
  {
    layer: "engines",
    says: "protocols: the SSO engine over the OpenID Provider and the SAML IdP, WebAuthn",
    folders: ["server/sso/", "server/oidc/", "server/saml/", "server/webauthn/"],
  },
  { layer: "storage", says: "Kysely, the schema, migrations", folders: ["server/storage/"] },
  {
    layer: "foundation",
    says: "configuration, the contract shared with the portal (schemas), clock, sealing, limits",
    folders: ["server/config/", "server/schemas/", "server/lib/"],
  },
];

const orderedFolders = serverLayers.flatMap(({ layer, says, folders }) =>
  folders.map((folder) => ({ layer, says, path: `^${folder}` })),
);

const layerRules = orderedFolders.slice(1).map((folder, index) => ({
  name: `layer-${folder.layer}`,
  comment: `${folder.layer} (${folder.says}) must not import a folder listed above it`,
  severity: "error",
  from: { path: folder.path },
  to: { path: orderedFolders.slice(0, index + 1).map((above) => above.path) },
}));

/** Runtime folders: each compiles in its own TypeScript project; across them, types only. */
const runtimes = ["server", "renderer", "main", "preload"];

/** The two contracts, which the runtimes on either side may import as code, not only as types. */
const contracts = {
  main: "^preload/contract[.]ts$", // the IPC contract between the page and the desktop app
  renderer: "^server/(schemas/|lib/limits[.]ts$)", // the HTTP contract between portal and server
};

const runtimeRules = [
  ...runtimes.map((runtime) => ({
    name: `runtime-${runtime}`,
    comment: `${runtime}/ may take only types from another runtime's folder, except from a contract`,
    severity: "error",
    from: { path: `^${runtime}/` },
    to: {
      path: `^(${runtimes.filter((other) => other !== runtime).join("|")})/`,
      ...(runtime in contracts ? { pathNot: contracts[runtime] } : {}),
      dependencyTypesNot: ["type-only"],
    },
  })),
  {
    name: "runtime-electron",
    comment: "only main/ (outside main/core) and preload/ may import electron",
    severity: "error",
    from: { path: "^(server|renderer|main/core)/" },
    to: { path: "(^|/)node_modules/electron/", dependencyTypesNot: ["type-only"] },
  },
  {
    name: "runtime-browser",
    comment: "the renderer runs in a browser: no Node built-ins",
    severity: "error",
    from: { path: "^renderer/" },
    to: { dependencyTypes: ["core"] },
  },
  {
    name: "contract-leaf",
    comment:
      "server/schemas is the contract the portal compiles too: TypeBox and server/lib/limits only",
    severity: "error",
    from: { path: "^server/schemas/" },
    to: { pathNot: ["^server/schemas/", "^server/lib/limits[.]ts$", "(^|/)node_modules/typebox/"] },
  },
];

const portalRules = [
  {
    name: "portal-shared-below-features",
    comment: "renderer/components, lib and stores serve every feature and import none",
    severity: "error",
    from: { path: "^renderer/(components|lib|stores)/" },
    to: { path: "^renderer/(features|app)/" },
  },
  {
    name: "portal-features-apart",
    comment: "a feature imports no other feature: renderer/app composes them into pages",
    severity: "error",
    from: { path: "^renderer/features/([^/]+)/" },
    to: { path: "^renderer/features/", pathNot: "^renderer/features/$1/" },
  },
  {
    name: "portal-features-below-app",
    comment: "features are composed by renderer/app, never the other way round",
    severity: "error",
    from: { path: "^renderer/features/" },
    to: { path: "^renderer/app/" },
  },
  {
    name: "main-core-pure",
    comment: "main/core is pure logic: it does not reach into the Electron adapters beside it",
    severity: "error",
    from: { path: "^main/core/" },
    to: { path: "^main/[^/]+[.]ts$" },
  },
];

module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      comment: "no import cycle, type-only imports included",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-unresolvable",
      comment: "every relative import points at a file that exists",
      severity: "error",
      from: {},
      // The one exception: each locale's portal messages, a module the build makes
      // (scripts/i18n/vite-messages.ts) so every language is a chunk of its own.
      to: { couldNotResolve: true, pathNot: "^virtual:gatehouse-messages/" },
    },
    ...runtimeRules,
    ...layerRules,
    ...portalRules,
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(out|dist|test-results|playwright-report)/" },
    // Type-only imports are dependencies too: a type from app.ts in a route is still a cycle.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.node.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      exportsFields: ["exports"],
      conditionNames: ["types", "import", "require", "node", "default"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
