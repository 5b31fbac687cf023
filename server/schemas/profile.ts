// The editable profile fields (docs/design.md §1.2). The company email is not among them: it is the
// sign-in identifier and only the organization changes it.
import { Type, type Static } from "typebox";
import { Text } from "./strings.ts";

const Name = (maxLength: number) => Text({ minLength: 1, maxLength });
const Clearable = (maxLength: number) => Type.Union([Text({ maxLength }), Type.Null()]);
const Phone = Type.Union([
  Type.String({ maxLength: 32, pattern: "^(|\\+?[0-9 ()./-]{4,32})$" }),
  Type.Null(),
]);

export const ProfileChangeBody = Type.Object(
  {
    firstName: Type.Optional(Name(100)),
    lastName: Type.Optional(Name(100)),
    displayName: Type.Optional(Name(100)),
    username: Type.Optional(
      Type.String({ minLength: 2, maxLength: 64, pattern: "^[a-zA-Z0-9._-]+$" }),
    ),
    mobilePhone: Type.Optional(Phone),
    workPhone: Type.Optional(Phone),
    homeAddress: Type.Optional(Clearable(500)),
    personalEmail: Type.Optional(
      Type.Union([
        Type.String({
          maxLength: 254,
          pattern: String.raw`^(|[^\s@\p{Cc}\p{Cs}]+@[^\s@\p{Cc}\p{Cs}]+\.[^\s@\p{Cc}\p{Cs}]+)$`,
        }),
        Type.Null(),
      ]),
    ),
    jobTitle: Type.Optional(Clearable(100)),
    department: Type.Optional(Clearable(100)),
    employeeId: Type.Optional(Clearable(64)),
    manager: Type.Optional(Clearable(100)),
    costCenter: Type.Optional(Clearable(100)),
    officeLocation: Type.Optional(Clearable(100)),
    startDate: Type.Optional(
      Type.Union([
        Type.String({ maxLength: 10, pattern: "^(|\\d{4}-\\d{2}-\\d{2})$" }),
        Type.Null(),
      ]),
    ),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type ProfileChangeBody = Static<typeof ProfileChangeBody>;

/** Every field a user may edit in their own profile; the admin can lock each (policy "profile"). */
export type ProfileField = keyof ProfileChangeBody;

export const profileFields = Object.keys(ProfileChangeBody.properties) as ProfileField[];

/** One of those fields by name, as the policy and GET /api/me spell it. */
export const ProfileFieldName = Type.Unsafe<ProfileField>(
  Type.Union(profileFields.map((field) => Type.Literal(field))),
);
export type ProfileFieldName = Static<typeof ProfileFieldName>;
