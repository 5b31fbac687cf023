// The User attributes Gatehouse keeps (RFC 7643 §4.1 and the enterprise extension, §4.3), each
// backed by a profile field (docs/scim.md has the mapping). Attributes not listed here are not
// stored, and a filter or PATCH path naming one is refused rather than silently ignored.
import {
  complex,
  flag,
  text,
  time,
  type AttributeDefinition,
  scimSchemas,
} from "./scim-attributes.ts";

/** id, externalId and meta: common to every resource (RFC 7643 §3.1). */
export const commonAttributes: AttributeDefinition[] = [
  text("id", "Unique identifier assigned by Gatehouse.", {
    caseExact: true,
    mutability: "readOnly",
    returned: "always",
    uniqueness: "server",
  }),
  text("externalId", "The provisioning client's own identifier for the resource.", {
    caseExact: true,
  }),
  complex(
    "meta",
    "Resource metadata.",
    [
      text("resourceType", "User or Group.", { caseExact: true, mutability: "readOnly" }),
      time("created", "When the resource was created."),
      time("lastModified", "When the resource last changed."),
      text("location", "The resource's URI.", { caseExact: true, mutability: "readOnly" }),
      text("version", "The resource's entity tag.", { caseExact: true, mutability: "readOnly" }),
    ],
    { mutability: "readOnly" },
  ),
];

const typed = (values: string[]) =>
  text("type", "What kind of value this is.", { canonicalValues: values });

export const userAttributes: AttributeDefinition[] = [
  text("userName", "Unique sign-in name (the profile's username).", {
    required: true,
    uniqueness: "server",
  }),
  complex("name", "The user's name.", [
    text("formatted", "Given and family name together.", { mutability: "readOnly" }),
    text("familyName", "Family (last) name."),
    text("givenName", "Given (first) name."),
  ]),
  text("displayName", "The name shown in the portal."),
  text("title", "Job title."),
  flag("active", "false disables the account and ends every session."),
  complex(
    "emails",
    "Company (work, the sign-in email) and personal (home) email addresses.",
    [
      text("value", "The address."),
      typed(["work", "home"]),
      flag("primary", "The company address is the primary one."),
    ],
    { multiValued: true },
  ),
  complex(
    "phoneNumbers",
    "Work and mobile phone numbers.",
    [text("value", "The number."), typed(["work", "mobile"])],
    { multiValued: true },
  ),
  complex(
    "addresses",
    "The home address, as one formatted text.",
    [text("formatted", "The whole address."), typed(["home"])],
    { multiValued: true },
  ),
  complex(
    "groups",
    "Groups the user belongs to (changed through the Group resource).",
    [
      text("value", "The group's id.", { mutability: "readOnly" }),
      text("display", "The group's name.", { mutability: "readOnly" }),
    ],
    { multiValued: true, mutability: "readOnly" },
  ),
];

export const enterpriseAttributes: AttributeDefinition[] = [
  text("employeeNumber", "Employee ID."),
  text("costCenter", "Cost center."),
  text("department", "Department."),
];

/**
 * Attributes RFC 7643 §4.1 defines for a User that Gatehouse does not keep. A filter on one
 * matches no User (none has a value), and a PATCH of one changes nothing, as a POST or PUT
 * carrying one stores nothing; a name outside the schema altogether is refused.
 */
export const unkeptUserAttributes = [
  "nickName",
  "profileUrl",
  "userType",
  "preferredLanguage",
  "locale",
  "timezone",
  "ims",
  "photos",
  "entitlements",
  "roles",
  "x509Certificates",
];

/** Where each schema's attributes live in a User resource. */
export const userSchemaParts = [
  {
    urn: scimSchemas.user,
    attributes: [...commonAttributes, ...userAttributes],
    unkept: unkeptUserAttributes,
  },
  { urn: scimSchemas.enterpriseUser, attributes: enterpriseAttributes },
] as const;
