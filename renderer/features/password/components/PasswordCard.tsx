// Security → Password: when it expires (if expiry is on) and the change form.
import type { Me } from "../../../lib/types.ts";
import { handledReverification } from "../../../stores/session.ts";
import { ChangePasswordForm } from "./ChangePasswordForm.tsx";

export function PasswordCard({ me, onChanged }: { me: Me; onChanged: () => void }) {
  return (
    <section className="card" aria-labelledby="section-password">
      <div className="card-header">
        <h2 id="section-password" className="card-title">
          Password
        </h2>
        <p className="card-note">
          {me.passwordExpiresAt === null
            ? "Your password does not expire."
            : `Expires ${formatDate(me.passwordExpiresAt)}`}
        </p>
      </div>
      <ChangePasswordForm
        submitLabel="Change password"
        onChanged={onChanged}
        onError={handledReverification}
      />
    </section>
  );
}

function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { dateStyle: "long" });
}
