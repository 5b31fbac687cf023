// The words a person is found by: lower-case letters and digits split at everything else, so a
// query word matches the beginning of a name, email part, employee ID or department word.
import { describe, expect, it } from "vitest";
import {
  prefixEnd,
  queryWordsOf,
  searchTermsOf,
  wordsOf,
} from "../../../../server/lib/search-terms.ts";

describe("search terms", () => {
  it("splits names, addresses and IDs into lower-case words", () => {
    expect(wordsOf("Zoë Ńowak-Smith")).toEqual(["zoë", "ńowak", "smith"]);
    expect(wordsOf("alex.morgan@example.com")).toEqual(["alex", "morgan", "example", "com"]);
    expect(wordsOf("E-1042")).toEqual(["e", "1042"]);
    expect(wordsOf(null)).toEqual([]);
    expect(wordsOf("%_'; drop table users --")).toEqual(["drop", "table", "users"]);
  });

  it("gives each user's words once, and at most six query words", () => {
    const terms = searchTermsOf({
      email: "alex.morgan@example.com",
      first_name: "Alex",
      last_name: "Morgan",
      display_name: "Alex Morgan",
      username: "alex.morgan",
      employee_id: "E-1042",
      department: "Platform Engineering",
    });
    expect(terms.sort()).toEqual(
      ["1042", "alex", "com", "e", "engineering", "example", "morgan", "platform"].sort(),
    );
    expect(queryWordsOf("a b c d e f g h a")).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("bounds the words that begin with a prefix, byte by byte", () => {
    const end = prefixEnd("morg");
    for (const word of ["morg", "morgan", "morgé", "morg\u{10FFFE}"]) {
      expect(word >= "morg" && word < end).toBe(true);
    }
    for (const word of ["mor", "morh", "mors"]) {
      expect(word >= "morg" && word < end).toBe(false);
    }
  });
});
