// Request and response shapes of the console's group page: /api/admin/groups/:id.
import { Type, type Static } from "typebox";
import { Text } from "./strings.ts";

const AppKind = Type.Union([Type.Literal("bookmark"), Type.Literal("saml"), Type.Literal("oidc")]);

export const RenameGroupBody = Type.Object(
  { name: Text({ minLength: 1, maxLength: 100 }) },
  { additionalProperties: false },
);
export type RenameGroupBody = Static<typeof RenameGroupBody>;

export const AdminGroupDetail = Type.Object({
  id: Type.String(),
  name: Type.String(),
  members: Type.Array(
    Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() }),
  ),
  /** The apps the group grants to every member. */
  apps: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), kind: AppKind })),
});
export type AdminGroupDetail = Static<typeof AdminGroupDetail>;
