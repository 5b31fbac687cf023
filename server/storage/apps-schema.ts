// Table types of the application catalog and SSO (migration 0010), kept beside schema.ts so the
// catalog's storage reads in one place. Same conventions: ms times, 0/1 booleans, UUID ids.
import type { Generated, Insertable, Selectable } from "kysely";

export type AppKind = "bookmark" | "saml" | "oidc";

export type OidcClientAuthMethod = "client_secret_basic" | "client_secret_post";

/** What signs a client's ID tokens (OIDC Registration §2 id_token_signed_response_alg). */
export type OidcIdTokenSigningAlg = "ES256" | "RS256";

export type AppsTable = {
  id: string;
  organization_id: string;
  kind: AppKind;
  display_name: string;
  notes: string | null;
  icon_type: string | null;
  icon_data: string | null;
  require_mfa: Generated<number>;
  launch_url: string | null;
  saml_entity_id: string | null;
  saml_acs_url: string | null;
  saml_name_id_format: string | null;
  saml_attributes: string | null;
  /** The SP's signing certificate from its metadata, PEM (migration 0180); null if none given. */
  saml_sp_certificate: string | null;
  oidc_client_id: string | null;
  oidc_client_secret_hash: string | null;
  /** A confidential client's token endpoint authentication (migration 0050); null when public. */
  oidc_token_endpoint_auth_method: OidcClientAuthMethod | null;
  /** ES256 for new clients, RS256 for those made before migration 0090; null unless OIDC. */
  oidc_id_token_signing_alg: OidcIdTokenSigningAlg | null;
  oidc_redirect_uris: string | null;
  oidc_initiate_login_uri: string | null;
  oidc_scopes: string | null;
  created_at: number;
  updated_at: number;
};

export type GroupsTable = { id: string; organization_id: string; name: string; created_at: number };

export type GroupMembersTable = { group_id: string; user_id: string };

export type PrincipalType = "user" | "group";

export type AppAssignmentsTable = {
  app_id: string;
  principal_type: PrincipalType;
  principal_id: string;
  created_at: number;
};

export type LaunchTicketsTable = {
  id: string;
  secret_hash: string;
  user_id: string;
  app_id: string;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
};

export type HandoffStage = "mfa" | "oidc";

export type LaunchHandoffsTable = {
  id: string;
  secret_hash: string;
  stage: HandoffStage;
  user_id: string;
  app_id: string;
  failed_attempts: Generated<number>;
  created_at: number;
  expires_at: number;
  consumed_at: number | null;
};

export type OidcPayloadsTable = {
  model: string;
  id: string;
  payload: string;
  grant_id: string | null;
  uid: string | null;
  user_code: string | null;
  expires_at: number | null;
  consumed_at: number | null;
};

export type SsoKeyPurpose = "oidc-signing" | "saml-signing" | "oidc-cookie";

export type SsoKeysTable = {
  id: string;
  organization_id: string;
  purpose: SsoKeyPurpose;
  algorithm: string;
  private_key: string;
  certificate: string | null;
  created_at: number;
  retired_at: number | null;
};

export type AppsDatabase = {
  apps: AppsTable;
  groups: GroupsTable;
  group_members: GroupMembersTable;
  app_assignments: AppAssignmentsTable;
  launch_tickets: LaunchTicketsTable;
  launch_handoffs: LaunchHandoffsTable;
  oidc_payloads: OidcPayloadsTable;
  sso_keys: SsoKeysTable;
};

export type App = Selectable<AppsTable>;
export type NewApp = Insertable<AppsTable>;
export type Group = Selectable<GroupsTable>;
export type SsoKey = Selectable<SsoKeysTable>;
