// `npm run lint:citations`: fails when a comment or a doc cites a repository path, a section
// (`docs/design.md §5`) or a heading anchor that does not exist. Rules in citations.ts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { brokenCitations, headingsOf, type SourceFile } from "./citations.ts";

const skipped = new Set([
  ".git",
  "node_modules",
  "out",
  "dist",
  "data",
  "coverage",
  "test-results",
  "playwright-report",
]);

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const relative = folder === "." ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      return skipped.has(entry.name) ? [] : listFiles(relative);
    }
    return entry.isFile() ? [relative] : [];
  });
}

const files = listFiles(".");
const markdown = files.filter((file) => file.endsWith(".md"));
const sources: SourceFile[] = files
  .filter((file) => /\.(ts|tsx|js|cjs|mjs|md|css|ya?ml)$/.test(file))
  .map((file) => ({ path: file, text: readFileSync(file, "utf8") }));
const broken = brokenCitations(sources, {
  files: new Set(files),
  headings: new Map(
    markdown.map((file) => [file, headingsOf(readFileSync(path.join(".", file), "utf8"))]),
  ),
});

for (const { file, line, cited, problem } of broken) {
  console.error(`${file}:${line}: "${cited}": ${problem}`);
}
if (broken.length > 0) {
  console.error(`${broken.length} citation(s) point nowhere.`);
  process.exit(1);
}
console.log(`Citations: every cited path, section and anchor exists (${sources.length} files).`);
