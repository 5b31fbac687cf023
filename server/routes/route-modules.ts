// Every route module of the server, in the order server/app.ts registers them: one list, so a
// route cannot exist without the attack suites that walk the route table seeing it.
import { adminAccountStateRoutes } from "./admin/account-state.ts";
import { adminApiTokenRoutes } from "./admin/api-tokens.ts";
import { adminWebhookRoutes } from "./admin/webhooks.ts";
import { adminAuditRoutes } from "./admin/audit.ts";
import { adminDeviceRoutes } from "./admin/devices.ts";
import { adminAppDefinitionRoutes } from "./admin/app-definitions.ts";
import { adminAppAccessRoutes } from "./admin/app-access.ts";
import { adminAppExtraRoutes } from "./admin/app-extras.ts";
import { adminAppRoutes } from "./admin/apps.ts";
import { adminGroupRoutes } from "./admin/groups.ts";
import { adminRequestFlowRoutes } from "./admin/request-flows.ts";
import { adminPolicyRoutes } from "./admin/policies.ts";
import { adminSettingsRoutes } from "./admin/settings.ts";
import { adminSshKeyRoutes } from "./admin/ssh-keys.ts";
import { adminSsoKeyRoutes } from "./admin/sso-keys.ts";
import { adminUserActionRoutes } from "./admin/user-actions.ts";
import { adminUserDetailRoutes } from "./admin/user-detail.ts";
import { adminUserImportRoutes } from "./admin/user-import.ts";
import { adminUserRoutes } from "./admin/users.ts";
import { launcherRoutes } from "./apps/launcher.ts";
import { mfaSignInRoutes } from "./auth/mfa-sign-in.ts";
import { passwordSignInRoutes } from "./auth/password-sign-in.ts";
import { pushSignInRoutes } from "./auth/push-sign-in.ts";
import { reverifyRoutes } from "./auth/reverify.ts";
import { sessionRoutes } from "./auth/session.ts";
import { passkeyRoutes } from "./device-login/passkeys.ts";
import { passkeyReverifyRoutes } from "./device-login/reverify.ts";
import { passkeySetupRoutes } from "./device-login/setup.ts";
import { deviceSignInRoutes } from "./device-login/sign-in.ts";
import { deviceEnrollmentRoutes } from "./devices/enrollment.ts";
import { ownDeviceRoutes } from "./devices/own-devices.ts";
import { healthRoutes } from "./health/health.ts";
import { oidcInteractionRoutes } from "./launch/oidc-interaction.ts";
import { oidcProviderRoutes } from "./launch/oidc-mount.ts";
import { samlRoutes } from "./launch/saml.ts";
import { stepUpRoutes } from "./launch/step-up.ts";
import { stepUpPushRoutes } from "./launch/step-up-push.ts";
import { launchTicketRoutes } from "./launch/ticket.ts";
import { desktopAppRoutes } from "./me/desktop-app.ts";
import { localeRoutes } from "./me/locale.ts";
import { meRoutes } from "./me/me.ts";
import { profileRoutes } from "./me/profile.ts";
import { authenticatorRoutes } from "./mfa/authenticator.ts";
import { mfaStatusRoutes } from "./mfa/status.ts";
import { passwordChangeRoutes } from "./password/change.ts";
import { passwordPolicyRoutes } from "./password/policy.ts";
import { passwordResetRoutes } from "./password/reset.ts";
import { pushApprovalRoutes } from "./push/approvals.ts";
import { pushFactorRoutes } from "./push/push-factor.ts";
import { scimDiscoveryRoutes } from "./scim/scim-discovery.ts";
import { scimGroupRoutes } from "./scim/scim-groups.ts";
import { scimScope } from "./scim/scim-scope.ts";
import { scimUserRoutes } from "./scim/scim-users.ts";
import { historyRoutes } from "./security/history.ts";
import { sessionListRoutes } from "./security/sessions.ts";
import { sshKeyRoutes } from "./security/ssh-keys.ts";
import { approvalRoutes } from "./requests/approvals.ts";
import { ownRequestRoutes } from "./requests/own-requests.ts";
import type { RouteModule } from "./route-module.ts";

/** Every route module of the server, registered here and nowhere else. */
export const routeModules: RouteModule[] = [
  healthRoutes,
  // Signing in and out.
  passwordSignInRoutes,
  mfaSignInRoutes,
  pushSignInRoutes,
  reverifyRoutes,
  sessionRoutes,
  deviceSignInRoutes,
  passkeyReverifyRoutes,
  // The signed-in user's own account.
  meRoutes,
  localeRoutes,
  profileRoutes,
  desktopAppRoutes,
  passwordPolicyRoutes,
  passwordChangeRoutes,
  passwordResetRoutes,
  mfaStatusRoutes,
  authenticatorRoutes,
  passkeyRoutes,
  passkeySetupRoutes,
  sshKeyRoutes,
  ownRequestRoutes,
  approvalRoutes,
  sessionListRoutes,
  historyRoutes,
  ownDeviceRoutes,
  deviceEnrollmentRoutes,
  pushApprovalRoutes,
  pushFactorRoutes,
  // Applications and SSO.
  launcherRoutes,
  launchTicketRoutes,
  stepUpRoutes,
  stepUpPushRoutes,
  oidcInteractionRoutes,
  samlRoutes,
  oidcProviderRoutes,
  // Administration.
  adminUserRoutes,
  adminUserImportRoutes,
  adminUserDetailRoutes,
  adminAccountStateRoutes,
  adminUserActionRoutes,
  adminPolicyRoutes,
  adminAuditRoutes,
  adminAppRoutes,
  adminAppDefinitionRoutes,
  adminAppAccessRoutes,
  adminAppExtraRoutes,
  adminGroupRoutes,
  adminRequestFlowRoutes,
  adminSshKeyRoutes,
  adminSsoKeyRoutes,
  adminSettingsRoutes,
  adminDeviceRoutes,
  adminApiTokenRoutes,
  adminWebhookRoutes,
  // Provisioning over SCIM 2.0, for API tokens with the scim scope (docs/scim.md).
  scimScope([scimDiscoveryRoutes, scimUserRoutes, scimGroupRoutes]),
];
