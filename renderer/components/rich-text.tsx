// The tags messages may use (<code>, <strong>), for FormattedMessage's values: a translator
// moves them with the words, the markup stays ours.
import type { ReactNode } from "react";

export const richText = {
  code: (chunks: ReactNode[]) => <code>{chunks}</code>,
  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
};

/** The space between two messages side by side (each is a sentence of its own). */
export const wordSpace = " ";
