// The two letters in the account button: first and last name, falling back to the email.

export function initialsOf(person: { firstName: string; lastName: string; email: string }): string {
  const first = firstLetter(person.firstName);
  const last = firstLetter(person.lastName);
  if (first !== "" || last !== "") {
    return (first + last).toLocaleUpperCase();
  }
  return firstLetter(person.email).toLocaleUpperCase() || "?";
}

function firstLetter(text: string): string {
  // Iterate by code point so a name that starts with an emoji or accent is not split in half.
  const [letter] = Array.from(text.trim());
  return letter ?? "";
}
