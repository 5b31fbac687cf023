// What the admin CLI prints is made safe for a terminal: names, comments, user agents and mail
// that users wrote could carry escape sequences (ESC, the C1 CSI) that rewrite the screen,
// retitle the window or hide text, or bidirectional overrides that reorder it. Each such character
// is shown as a visible \u{…} escape instead; tabs and line breaks stay.
const unsafe = /[^\P{Cc}\t\n]|\p{Cs}|[\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

export function escapeForTerminal(text: string): string {
  return text.replace(unsafe, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return `\\u{${code.toString(16).padStart(4, "0")}}`;
  });
}
