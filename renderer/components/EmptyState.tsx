// What a page shows when it has nothing to list yet: what this place is for and what to expect.
import type { ReactNode } from "react";

export function EmptyState(props: { icon: ReactNode; title: string; children: ReactNode }) {
  return (
    <section className="empty-state" aria-label={props.title}>
      <span className="empty-state-icon">{props.icon}</span>
      <h2 className="empty-state-title">{props.title}</h2>
      <div className="empty-state-text">{props.children}</div>
    </section>
  );
}
