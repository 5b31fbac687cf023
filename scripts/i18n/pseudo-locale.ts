// The pseudo-locale en-XA: English with every letter accented, vowels doubled (about a third
// longer, like German) and each message wrapped in ⟦ ⟧. Text on screen without the brackets
// did not come from the catalogue; text cut off shows a layout that cannot take translation.
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export const pseudoOpen = "⟦";
export const pseudoClose = "⟧";

const plainLetters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const accentedLetters = [..."áƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"];

export function pseudoLocalizeText(text: string): string {
  return [...text]
    .map((character) => {
      const index = plainLetters.indexOf(character);
      const replaced = index === -1 ? character : (accentedLetters[index] ?? character);
      return "aeiouAEIOU".includes(character) ? replaced + replaced : replaced;
    })
    .join("");
}

/** One message's AST in the pseudo-locale: literals changed, arguments and structure kept. */
export function pseudoLocalizeMessage(elements: MessageFormatElement[]): MessageFormatElement[] {
  return [
    { type: TYPE.literal, value: pseudoOpen },
    ...elements.map(pseudoLocalizeElement),
    { type: TYPE.literal, value: pseudoClose },
  ];
}

function pseudoLocalizeElement(element: MessageFormatElement): MessageFormatElement {
  switch (element.type) {
    case TYPE.literal:
      return { ...element, value: pseudoLocalizeText(element.value) };
    case TYPE.tag:
      return { ...element, children: element.children.map(pseudoLocalizeElement) };
    case TYPE.select:
    case TYPE.plural:
      return {
        ...element,
        options: Object.fromEntries(
          Object.entries(element.options).map(([key, option]) => [
            key,
            { ...option, value: option.value.map(pseudoLocalizeElement) },
          ]),
        ),
      };
    default:
      return element;
  }
}
