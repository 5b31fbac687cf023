import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../../server/errors.ts";
import { errorCodes, isErrorCode } from "../../../../server/schemas/errors.ts";

const schemaFolder = path.join(import.meta.dirname, "../../../../server/schemas");

/** Exported consts built with TypeBox, and exported type names, of one schema file. */
function exportsOf(file: string): { schemas: string[]; types: Set<string> } {
  const text = readFileSync(path.join(schemaFolder, file), "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const schemas: string[] = [];
  const types = new Set<string>();
  for (const statement of source.statements) {
    const exported = ts.canHaveModifiers(statement)
      ? (ts.getModifiers(statement) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
      : false;
    if (exported && ts.isTypeAliasDeclaration(statement)) {
      types.add(statement.name.text);
    }
    if (exported && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) {
        if (declaration.initializer?.getText().startsWith("Type.") === true) {
          schemas.push(declaration.name.getText());
        }
      }
    }
  }
  return { schemas, types };
}

describe("the contract in server/schemas", () => {
  const files = readdirSync(schemaFolder).filter((file) => file.endsWith(".ts"));

  it("exports the static type of every schema under the schema's own name", () => {
    const missing = files.flatMap((file) => {
      const { schemas, types } = exportsOf(file);
      return schemas.filter((name) => !types.has(name)).map((name) => `${file}: ${name}`);
    });
    expect(files.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });

  it("knows exactly the error codes of its catalogue", () => {
    for (const code of Object.keys(errorCodes)) {
      expect(isErrorCode(code)).toBe(true);
    }
    for (const stranger of ["HTTP_500", "auth_locked", "", "toString", "__proto__", 423, null]) {
      expect(isErrorCode(stranger)).toBe(false);
    }
  });

  it("gives every code the one status the catalogue names", () => {
    for (const [code, status] of Object.entries(errorCodes)) {
      expect(isErrorCode(code) && new AppError(code, "x").statusCode).toBe(status);
    }
  });
});
