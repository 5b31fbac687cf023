// "Verified with Touch ID 3 h ago · next check in 9 h" (docs/design.md §1.1: the user always sees
// when they last verified and when the next check is due).
export function describeCountdown(input: {
  label: string;
  verifiedAt: number;
  reverifyAt: number;
  now: number;
}): string {
  const ago = Math.max(0, input.now - input.verifiedAt);
  const left = input.reverifyAt - input.now;
  const next = left <= 0 ? "next check now" : `next check in ${formatSpan(left)}`;
  return `Verified with ${input.label} ${ago < 60_000 ? "just now" : `${formatSpan(ago)} ago`} · ${next}`;
}

function formatSpan(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 60) {
    return `${Math.max(1, minutes)} min`;
  }
  return `${Math.round(minutes / 60)} h`;
}
