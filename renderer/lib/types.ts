// Shapes of the API responses the portal reads. The server's TypeBox schemas are the source;
// this is a type-only import so no server code reaches the bundle.
export type { Me } from "../../server/schemas/me.ts";
