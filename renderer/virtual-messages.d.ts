// The per-locale message chunks scripts/i18n/vite-messages.ts builds from locales/*.json.
declare module "virtual:gatehouse-messages/*" {
  import type { MessageFormatElement } from "react-intl";

  const messages: Record<string, MessageFormatElement[]>;
  export default messages;
}
