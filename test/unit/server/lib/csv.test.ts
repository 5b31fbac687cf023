// The CSV reader against generated files: whatever cells are written the RFC 4180 way (quoted
// where needed, any line ending, with or without a byte order mark) read back exactly; malformed
// quoting is refused with its line, never guessed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../server/lib/csv.ts";

const cell = fc.string({ unit: "grapheme", maxLength: 12 }).map((value) => value);
const awkwardCell = fc.oneof(
  cell,
  fc.constantFrom('"', '""', ",", "\r\n", "\n", "\r", " , ", 'a"b', "=SUM(A1)", ""),
);
const lineEnding = fc.constantFrom("\r\n", "\n", "\r");

function quote(value: string, always: boolean): string {
  return always || /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of one width; a row of one empty cell would be a blank line, so it is always quoted. */
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(awkwardCell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  );

describe("parseCsv", () => {
  it("reads back every table written the RFC 4180 way", () => {
    fc.assert(
      fc.property(
        table,
        lineEnding,
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (rows, ending, bom, alwaysQuote, finalBreak) => {
          const text =
            (bom ? "\uFEFF" : "") +
            rows
              .map((row) =>
                row.map((value) => quote(value, alwaysQuote || row.length === 1)).join(","),
              )
              .join(ending) +
            (finalBreak && rows.length > 0 ? ending : "");
          const parsed = parseCsv(text);
          expect(parsed.ok).toBe(true);
          if (parsed.ok) {
            expect(parsed.records.map((record) => record.fields)).toEqual(rows);
          }
        },
      ),
    );
  });

  it("skips blank lines and tells each record's first line", () => {
    const parsed = parseCsv('email,name\r\n\r\na@example.com,"Ann\nLee"\n\nb@example.com,Bo\n');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ["email", "name"] },
        { line: 3, fields: ["a@example.com", "Ann\nLee"] },
        { line: 6, fields: ["b@example.com", "Bo"] },
      ],
    });
  });

  it("refuses malformed quoting with the line it is on", () => {
    expect(parseCsv('a,b\nc,d"e\n')).toEqual({ ok: false, line: 2, reason: "stray_quote" });
    expect(parseCsv('a,b\n"c"d,e\n')).toEqual({ ok: false, line: 2, reason: "text_after_quote" });
    expect(parseCsv('a,b\nc,"d\n\ne')).toEqual({ ok: false, line: 2, reason: "unclosed_quote" });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        const parsed = parseCsv(text);
        if (parsed.ok) {
          for (const record of parsed.records) {
            expect(record.line).toBeGreaterThanOrEqual(1);
          }
        } else {
          expect(parsed.line).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
