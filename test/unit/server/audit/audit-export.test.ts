// The audit export as an auditor's spreadsheet reads it: RFC 4180 quoting, and no cell that a
// spreadsheet would run as a formula, whatever text an event carries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvRow, exportedEvent } from "../../../../server/audit/audit-export.ts";

/** Reads one CSV line back (RFC 4180: quoted fields, doubled quotes). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? "";
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ",") {
      cells.push(cell);
      cell = "";
    } else {
      cell += char;
    }
  }
  return [...cells, cell];
}

describe("audit export", () => {
  it("quotes commas, quotes and line breaks so every cell reads back as written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        const cell = csvCell(text);
        const [read] = parseCsvLine(cell);
        expect(read?.replace(/^'/, "")).toBe(text);
      }),
    );
  });

  it("never starts a cell with a character a spreadsheet runs as a formula", () => {
    for (const attack of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) {
      const read = parseCsvLine(csvCell(attack))[0] ?? "";
      expect(read.startsWith("'")).toBe(true);
      expect(read.slice(1)).toBe(attack);
    }
    expect(csvCell("plain words")).toBe("plain words");
    expect(csvCell(null)).toBe("");
  });

  it("writes an event as one CRLF-terminated row in the header's order, in words", () => {
    const row = csvRow(
      exportedEvent(
        {
          id: "e1",
          at: Date.UTC(2026, 10, 30, 9),
          event: "sign_in.failed",
          reason: "wrong_password",
          actor_id: null,
          target_id: "u1",
          target_email: "a,b@example.com",
          ip: "127.0.0.1",
          user_agent: null,
          details: '{"note":"x"}',
        },
        null,
      ),
    );
    expect(row.endsWith("\r\n")).toBe(true);
    expect(parseCsvLine(row.slice(0, -2))).toEqual([
      "2026-11-30T09:00:00.000Z",
      "sign_in.failed",
      "Sign-in failed",
      "wrong password",
      "",
      "",
      "u1",
      "a,b@example.com",
      "127.0.0.1",
      "",
      '{"note":"x"}',
    ]);
  });
});
