// A CSV reader after RFC 4180, for the admin's user import (docs/admin.md, "Importing users"):
// comma-separated fields, double-quoted fields may hold commas, line breaks and doubled quotes;
// records end in CRLF, LF or a lone CR; a byte order mark in front and blank lines are ignored.
// Anything else — a quote inside an unquoted field, text after a closing quote, a quote never
// closed — is refused with the line it starts on, never guessed at.

export type CsvRecord = { line: number; fields: string[] };

export type CsvProblem = "stray_quote" | "text_after_quote" | "unclosed_quote";

export type CsvParse =
  { ok: true; records: CsvRecord[] } | { ok: false; line: number; reason: CsvProblem };

export function parseCsv(input: string): CsvParse {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false; // the current field was quoted: "" alone on a line is a value
  let line = 1;
  let recordLine = 1;
  let index = 0;

  /** Length of the line break at `at`: 2 for CRLF, 1 for LF or CR, 0 for none. */
  const lineBreakAt = (at: number) =>
    text[at] === "\r" ? (text[at + 1] === "\n" ? 2 : 1) : text[at] === "\n" ? 1 : 0;
  const endField = () => {
    fields.push(field);
    field = "";
    quoted = false;
  };
  const endRecord = () => {
    const blank = fields.length === 0 && field === "" && !quoted;
    endField();
    if (!blank) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
  };

  while (index < text.length) {
    const char = text[index];
    const breakLength = lineBreakAt(index);
    if (char === '"') {
      if (field !== "" || quoted) {
        return { ok: false, line, reason: "stray_quote" };
      }
      const opened = line;
      quoted = true;
      index += 1;
      for (;;) {
        if (index >= text.length) {
          return { ok: false, line: opened, reason: "unclosed_quote" };
        }
        if (text[index] === '"') {
          if (text[index + 1] !== '"') {
            index += 1;
            break;
          }
          field += '"';
          index += 2;
          continue;
        }
        const inner = lineBreakAt(index);
        line += inner > 0 ? 1 : 0;
        field += text.slice(index, index + Math.max(1, inner));
        index += Math.max(1, inner);
      }
      if (index < text.length && text[index] !== "," && lineBreakAt(index) === 0) {
        return { ok: false, line, reason: "text_after_quote" };
      }
    } else if (char === ",") {
      endField();
      index += 1;
    } else if (breakLength > 0) {
      endRecord();
      index += breakLength;
      line += 1;
      recordLine = line;
    } else {
      if (quoted) {
        return { ok: false, line, reason: "text_after_quote" };
      }
      field += char;
      index += 1;
    }
  }
  if (fields.length > 0 || field !== "" || quoted) {
    endRecord();
  }
  return { ok: true, records };
}
