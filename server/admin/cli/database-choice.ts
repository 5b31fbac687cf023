// Which database the admin CLI opens. It never creates one: a mistyped path or a fresh folder
// would otherwise give an empty database and answers that look plausible and are wrong. Left to
// the default, it finds the database `npm run server` or `npm start` made, and says which.
import path from "node:path";
import type { DatabaseConfig } from "../../config/settings.ts";

export type DatabaseChoice =
  | { ok: true; database: DatabaseConfig; notice: string | undefined }
  | { ok: false; message: string };

/** The SQLite files the two ways of starting Gatehouse from a clone use, relative to it. */
export const knownDatabases = [
  { file: "data/gatehouse.db", madeBy: "`npm run server`" },
  { file: "data/demo.db", madeBy: "the demo of `npm start`" },
] as const;

const pointElsewhere =
  "Set GATEHOUSE_DATABASE_URL to choose (sqlite:/path/to/file.db or postgres://…).";

export function chooseAdminDatabase(input: {
  /** The database from the configuration; `explicit` when the operator set it. */
  configured: DatabaseConfig;
  explicit: boolean;
  exists: (file: string) => boolean;
  directory: string;
}): DatabaseChoice {
  const { configured } = input;
  if (configured.dialect === "postgres" || configured.path === ":memory:") {
    return { ok: true, database: configured, notice: undefined };
  }
  if (input.explicit) {
    return input.exists(configured.path)
      ? { ok: true, database: configured, notice: undefined }
      : {
          ok: false,
          message: `No Gatehouse database at ${configured.path} (GATEHOUSE_DATABASE_URL). The server creates it on its first start; check the path. Nothing was created.`,
        };
  }
  const found = knownDatabases.filter(({ file }) =>
    input.exists(path.resolve(input.directory, file)),
  );
  const [first, second] = found;
  if (first === undefined) {
    return {
      ok: false,
      message: [
        `No Gatehouse database here: neither ${knownDatabases.map(({ file, madeBy }) => `${file} (${madeBy})`).join(" nor ")} exists in ${input.directory}.`,
        "Start Gatehouse once to create one, or point the CLI at yours. Nothing was created.",
        "The desktop app keeps its demo database as gatehouse.db in its own data folder.",
        pointElsewhere,
      ].join("\n"),
    };
  }
  const database = { dialect: "sqlite" as const, path: path.resolve(input.directory, first.file) };
  const also = second === undefined ? "" : ` ${second.file} (${second.madeBy}) exists too.`;
  return {
    ok: true,
    database,
    notice: `Using ${first.file}, the database of ${first.madeBy}.${also} ${pointElsewhere}`,
  };
}
