// Security → Sessions → This session: when the user last verified and when the next check is due
// (docs/design.md §1.1), and the idle rule.
import type { Me } from "../../../lib/types.ts";
import { formatDateTime } from "../format.ts";

export function ThisSessionCard({ me }: { me: Me }) {
  return (
    <section className="card" aria-labelledby="section-this-session">
      <h2 id="section-this-session" className="card-title">
        This session
      </h2>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>Last verified</dt>
          <dd>{formatDateTime(me.session.verifiedAt)}</dd>
        </div>
        <div className="detail-row">
          <dt>Next verification due</dt>
          <dd>{formatDateTime(me.session.reverifyAt)}</dd>
        </div>
        <div className="detail-row">
          <dt>When idle</dt>
          <dd>We ask again after {me.session.idleMinutes} minutes without activity.</dd>
        </div>
      </dl>
    </section>
  );
}
