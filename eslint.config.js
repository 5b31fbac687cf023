// Lint rules for style and correctness. The runtime boundaries and the server's layers are in
// .dependency-cruiser.cjs (`npm run lint:architecture`).
import js from "@eslint/js";
import formatjs from "eslint-plugin-formatjs";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["node_modules/", "out/", "dist/", "test-results/", "playwright-report/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: [
          "./tsconfig.node.json",
          "./tsconfig.dom.json",
          "./tsconfig.electron.json",
          "./tsconfig.e2e.json",
        ],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/only-throw-error": "error",
      eqeqeq: ["error", "always"],
      curly: ["error", "all"],
      "no-console": "off",
    },
  },
  {
    files: ["renderer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
  },
  // Messages (docs/i18n.md): ICU that every language can translate, with a translator's note;
  // no words written straight into the portal's JSX or its accessible names.
  {
    files: ["renderer/**/*.{ts,tsx}", "server/**/*.ts", "main/**/*.ts"],
    ...formatjs.configs.recommended,
    rules: {
      ...formatjs.configs.recommended.rules,
      // Selects carry cases (which authenticator, why a key was refused); ordinals are out.
      "formatjs/blocklist-elements": ["error", ["selectordinal"]],
    },
  },
  {
    // Mail bodies are plain text: their line breaks are the layout.
    files: ["server/mail/mail-messages.ts", "server/requests/request-mails.ts"],
    rules: { "formatjs/no-multiple-whitespaces": "off" },
  },
  {
    files: ["renderer/**/*.tsx"],
    rules: {
      "formatjs/no-literal-string-in-jsx": [
        "error",
        { props: { include: [["*", "{aria-label,alt,title,placeholder,label,busyLabel}"]] } },
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
