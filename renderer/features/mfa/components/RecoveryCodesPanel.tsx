// Recovery codes, shown once right after they are made: a list to copy, a text file to download,
// and the warning that each works once and they will not be shown again.
import { useEffect, useMemo } from "react";
import { Button } from "../../../components/Button.tsx";
import { InfoIcon } from "../../../components/StatusIcons.tsx";

export function RecoveryCodesPanel(props: { email: string; codes: string[]; onDone: () => void }) {
  const file = useMemo(() => {
    const text = [
      `Gatehouse recovery codes for ${props.email}`,
      `Created ${new Date().toISOString().slice(0, 10)}. Each code works once.`,
      "",
      ...props.codes,
      "",
    ].join("\n");
    return URL.createObjectURL(new Blob([text], { type: "text/plain;charset=utf-8" }));
  }, [props.email, props.codes]);
  useEffect(() => () => URL.revokeObjectURL(file), [file]);

  return (
    <div className="mfa-recovery">
      <div className="alert alert-info">
        <InfoIcon size={18} />
        <span>
          Save these recovery codes somewhere safe, like a password manager. Each one signs you in
          once if you lose your phone. They are shown only now.
        </span>
      </div>
      <ol className="recovery-code-list" aria-label="Recovery codes">
        {props.codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="form-actions">
        <a className="button button-secondary" href={file} download="gatehouse-recovery-codes.txt">
          Download as text file
        </a>
        <Button onClick={props.onDone}>I saved my codes</Button>
      </div>
    </div>
  );
}
