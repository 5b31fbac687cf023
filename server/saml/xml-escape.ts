// Escaping for the XML the SAML engine writes by hand (XML 1.0 §2.4): every value that comes from
// a user or an admin passes through here, so none can add elements or attributes.
const replacements: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

export function escapeXml(value: string): string {
  // Characters XML 1.0 §2.2 does not allow at all are dropped rather than escaped.
  return (
    value
      // eslint-disable-next-line no-control-regex -- naming the allowed control characters is the point
      .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/[&<>"']/g, (character) => replacements[character] ?? character)
  );
}
