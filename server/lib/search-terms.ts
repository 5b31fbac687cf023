// The words a person is found by in the admin console's user search: name, email, employee ID
// and department broken into lower-case words, so "morg" finds Alex Morgan and "e-10" finds
// employee E-1042. The query is broken the same way; every query word must begin a word of the
// user. Pure, so the migration that fills the index for existing users uses it too.

/** Longest word kept: enough for any name part; an address is also split at its dots and @. */
export const maxTermLength = 64;

/** Most query words used; more narrow nothing a person would type. */
export const maxQueryWords = 6;

/** Lower-case words of a text: letters and digits, split at everything else. */
export function wordsOf(text: string | null | undefined): string[] {
  if (text === null || text === undefined) {
    return [];
  }
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "")
    .map((word) => [...word].slice(0, maxTermLength).join(""));
}

export type SearchableUser = {
  email: string;
  first_name: string;
  last_name: string;
  display_name: string;
  username: string;
  employee_id: string | null;
  department: string | null;
};

/** Every distinct word the user can be found by. */
export function searchTermsOf(user: SearchableUser): string[] {
  return [
    ...new Set(
      [
        user.email,
        user.first_name,
        user.last_name,
        user.display_name,
        user.username,
        user.employee_id,
        user.department,
      ].flatMap(wordsOf),
    ),
  ];
}

/** The distinct words of a query, at most maxQueryWords of them. */
export function queryWordsOf(query: string): string[] {
  return [...new Set(wordsOf(query))].slice(0, maxQueryWords);
}

/**
 * The end of the range of words that begin with `prefix`: compared byte by byte (SQLite's BINARY,
 * PostgreSQL's "C" collation), every word with the prefix lies in [prefix, prefixEnd(prefix)).
 */
export function prefixEnd(prefix: string): string {
  return `${prefix}\u{10FFFF}`;
}
