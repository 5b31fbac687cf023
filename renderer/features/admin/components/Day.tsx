// A date in the reader's language, in <time> so it reads as data, not words.
import { useIntl } from "react-intl";

export function Day({ iso }: { iso: string }) {
  const intl = useIntl();
  return <time dateTime={iso}>{intl.formatDate(iso, { dateStyle: "medium" })}</time>;
}
