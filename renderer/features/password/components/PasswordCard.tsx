// Security → Password: when it expires (if expiry is on) and the change form.
import { FormattedMessage, useIntl } from "react-intl";
import type { Me } from "../../../lib/types.ts";
import { handledReverification } from "../../../stores/session.ts";
import { passwordMessages as m } from "../messages.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

export function PasswordCard({ me, onChanged }: { me: Me; onChanged: () => void }) {
  const intl = useIntl();
  return (
    <section className="card" aria-labelledby="section-password">
      <div className="card-header">
        <h2 id="section-password" className="card-title">
          <FormattedMessage {...m.cardTitle} />
        </h2>
        <p className="card-note">
          {me.passwordExpiresAt === null ? (
            <FormattedMessage {...m.neverExpires} />
          ) : (
            <FormattedMessage
              {...m.expires}
              values={{ date: intl.formatDate(me.passwordExpiresAt, { dateStyle: "long" }) }}
            />
          )}
        </p>
      </div>
      <ChangePasswordForm
        submitLabel={intl.formatMessage(m.change)}
        onChanged={onChanged}
        onError={handledReverification}
      />
    </section>
  );
}
