// Security → Sessions → This session: when the user last verified and when the next check is due
// (docs/design.md §1.1), and the idle rule.
import { FormattedMessage, useIntl } from "react-intl";
import type { Me } from "../../../lib/types.ts";
import { formatDateTime } from "../format.ts";
import { securityMessages as m } from "../messages.ts";

export function ThisSessionCard({ me }: { me: Me }) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="section-this-session">
      <h2 id="section-this-session" className="card-title">
        <FormattedMessage {...m.thisSession} />
      </h2>
      <dl className="detail-list">
        <div className="detail-row">
          <dt>
            <FormattedMessage {...m.lastVerified} />
          </dt>
          <dd>
            <time dateTime={me.session.verifiedAt}>
              {formatDateTime(intl, me.session.verifiedAt)}
            </time>
          </dd>
        </div>
        <div className="detail-row">
          <dt>
            <FormattedMessage {...m.nextVerification} />
          </dt>
          <dd>
            <time dateTime={me.session.reverifyAt}>
              {formatDateTime(intl, me.session.reverifyAt)}
            </time>
          </dd>
        </div>
        <div className="detail-row">
          <dt>
            <FormattedMessage {...m.whenIdle} />
          </dt>
          <dd>
            <FormattedMessage {...m.idleRule} values={{ minutes: me.session.idleMinutes }} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
