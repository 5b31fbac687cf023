// One labelled control of the flow form, with its error tied below it.
import { useId, type ReactNode } from "react";

/** A labelled control: `children` gets the id its control must carry. */
export function Field(props: {
  label: ReactNode;
  problem: string | undefined;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {props.label}
      </label>
      <span
        className={`field-control${props.problem === undefined ? "" : " field-control-invalid"}`}
      >
        {props.children(id)}
      </span>
      {props.problem !== undefined && (
        <span className="field-error" role="alert">
          {props.problem}
        </span>
      )}
    </div>
  );
}
