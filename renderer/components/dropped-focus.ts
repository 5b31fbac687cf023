// Whether focus has fallen to the page itself: a busy button is disabled while its call runs, and
// a disabled button loses focus, so a failed submit leaves keyboard users nowhere. Whatever then
// says what went wrong (ErrorAlert, the field the server refused) takes focus only in that case.
export function focusWasDropped(): boolean {
  const focused = document.activeElement;
  return focused === null || focused === document.body;
}
