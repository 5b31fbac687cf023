// An expected SCIM failure (RFC 7644 §3.12): the HTTP status and, for 400 and 409, the `scimType`
// keyword a SCIM client switches on. The SCIM routes answer it in the SCIM error format.

/** The `scimType` keywords of RFC 7644 §3.12, Table 9, that this service provider answers. */
export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue";

export class ScimError extends Error {
  readonly status: number;
  readonly scimType: ScimType | undefined;

  constructor(status: number, detail: string, scimType?: ScimType) {
    super(detail);
    this.name = "ScimError";
    this.status = status;
    this.scimType = scimType;
  }
}

export const invalidFilter = (detail: string) => new ScimError(400, detail, "invalidFilter");
export const invalidValue = (detail: string) => new ScimError(400, detail, "invalidValue");
export const invalidPath = (detail: string) => new ScimError(400, detail, "invalidPath");

/** The error body of RFC 7644 §3.12: `status` is a string, `scimType` only where one applies. */
export function scimErrorBody(status: number, detail: string, scimType?: ScimType) {
  return {
    schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"],
    status: String(status),
    ...(scimType === undefined ? {} : { scimType }),
    detail,
  };
}

/** The scimType of one of Gatehouse's own error codes, where SCIM has one for it. */
export function scimTypeOfCode(code: string): ScimType | undefined {
  switch (code) {
    case "VALIDATION_FAILED":
      return "invalidValue";
    case "MALFORMED_JSON":
      return "invalidSyntax";
    default:
      return undefined;
  }
}

export const scimContentType = "application/scim+json; charset=utf-8";
