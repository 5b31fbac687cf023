// Finds the repository paths that comments and docs cite (`docs/design.md §5`, `auth/token.ts`,
// `[admin.md](admin.md#policies)`) and says which of them point nowhere: a file, folder, section
// or anchor that does not exist. Pure: the caller supplies the files and the tree.
import ts from "typescript";

export type SourceFile = { path: string; text: string };

/** What exists: every file (relative to the repository root) and every markdown heading. */
export type Tree = {
  files: ReadonlySet<string>;
  /** Markdown file → its headings' text, e.g. "5. Authentication model". */
  headings: ReadonlyMap<string, readonly string[]>;
};

export type BrokenCitation = { file: string; line: number; cited: string; problem: string };

/** Folders a path citation may start with; other paths (out/, data/, ~/.ssh/) are not ours. */
const sourceRoots = [
  "server",
  "renderer",
  "main",
  "preload",
  "build",
  "scripts",
  "test",
  "docs",
  "bench",
  ".ci",
  ".github",
];
/** Folders the build and the server create; paths in them exist only after a build or a run. */
const buildOutputs = ["out", "dist", "data", "test-results", "playwright-report"];
const citedExtensions = "ts|tsx|js|cjs|mjs|md|css|json|yml|yaml|plist|html|adml|admx";

/** The text of a file in which citations count: comments for code, all of it for markdown. */
export function citableText(file: SourceFile): { offset: number; text: string }[] {
  const extension = file.path.slice(file.path.lastIndexOf(".") + 1);
  if (extension === "md") {
    return [{ offset: 0, text: file.text }];
  }
  if (["ts", "tsx", "js", "cjs", "mjs"].includes(extension)) {
    return scriptComments(file);
  }
  if (extension === "css") {
    return [...file.text.matchAll(/\/\*[\s\S]*?\*\//g)].map((match) => ({
      offset: match.index,
      text: match[0],
    }));
  }
  if (extension === "yml" || extension === "yaml") {
    return [...file.text.matchAll(/(^|\s)#[^\n]*/g)].map((match) => ({
      offset: match.index,
      text: match[0],
    }));
  }
  return [];
}

function scriptComments(file: SourceFile): { offset: number; text: string }[] {
  const kind = file.path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, { offset: number; text: string }>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? []) {
      seen.set(range.pos, { offset: range.pos, text: file.text.slice(range.pos, range.end) });
    }
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(file.text, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(file.text, node.getEnd()));
    for (const child of node.getChildren(source)) {
      visit(child);
    }
  };
  visit(source);
  return [...seen.values()].sort((a, b) => a.offset - b.offset);
}

type Cited = { offset: number; cited: string; target: string; section?: string; anchor?: string };

/** The path citations in one stretch of comment or markdown text. */
export function citationsIn(
  text: string,
  markdown: boolean,
  folders: ReadonlySet<string> = new Set(sourceRoots),
): Cited[] {
  const found: Cited[] = [];
  // URLs name other sites (and app:// pages), not repository paths.
  let plain = text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s)>\]`'"]*/gi, (url) =>
    " ".repeat(url.length),
  );
  if (markdown) {
    const links = [...plain.matchAll(/\]\(([^)\s]+)\)/g)];
    // Each link target is checked once, as a link (relative to the page), not again as a word.
    plain = plain.replace(/\]\(([^)\s]+)\)/g, (link) => " ".repeat(link.length));
    for (const match of links) {
      const link = match[1] ?? "";
      if (/^(mailto:|#)/.test(link)) {
        continue;
      }
      const [target = "", anchor] = link.split("#");
      found.push({
        offset: match.index,
        cited: link,
        target: `./${target.replace(/^\.\//, "")}`,
        ...(anchor === undefined ? {} : { anchor }),
      });
    }
  }
  const pathPattern = new RegExp(
    String.raw`(?<![\w@/.-])((?:\.{1,2}/)*[\w@.-]*(?:/[\w@.-]+)*(?:\.(?:${citedExtensions})|/))(?![\w/-])(?:\s+§\s?(\d+(?:\.\d+)*))?`,
    "g",
  );
  for (const match of plain.matchAll(pathPattern)) {
    const cited = match[1] ?? "";
    if (!isRepositoryPath(cited, folders)) {
      continue;
    }
    found.push({
      offset: match.index,
      cited: match[0].trim(),
      target: cited,
      ...(match[2] === undefined ? {} : { section: match[2] }),
    });
  }
  return found;
}

/**
 * Which path-like words are citations of ours: relative paths, paths under a source folder, and
 * file names with or without some folders in front ("auth/token.ts", "token.ts"). Folders
 * elsewhere (out/, ~/.ssh/), route prefixes (/api/), suffixes (".test.ts") and type definitions
 * of packages ("electron.d.ts") are not; nor is a path whose first folder the repository does not
 * have. Another project's file is best cited by its URL, which is never read as a path.
 */
function isRepositoryPath(cited: string, folders: ReadonlySet<string>): boolean {
  if (cited.startsWith("./") || cited.startsWith("../")) {
    return true;
  }
  if (cited.startsWith(".") || cited.startsWith("/") || cited.startsWith("node_modules/")) {
    return sourceRoots.some((root) => cited.startsWith(`${root}/`));
  }
  const first = cited.split("/")[0] ?? "";
  if (cited.endsWith("/")) {
    return sourceRoots.includes(first);
  }
  if (!cited.includes("/")) {
    // A bare name of a source file or doc; other names (app-update.yml, a .plist on the
    // user's machine) are usually files the app or the OS makes elsewhere.
    return /\.(ts|tsx|js|cjs|mjs|md|css)$/.test(cited) && !cited.endsWith(".d.ts");
  }
  return sourceRoots.includes(first) || (folders.has(first) && !buildOutputs.includes(first));
}

/** Whether the cited path names something in the tree, seen from the citing file. */
export function resolveCitation(tree: Tree, from: string, target: string): string | undefined {
  const folder = from.includes("/") ? from.slice(0, from.lastIndexOf("/")) : "";
  const isFolder = target.endsWith("/");
  const exists = (candidate: string) =>
    isFolder
      ? [...tree.files].some((file) => file.startsWith(candidate))
      : tree.files.has(candidate);
  if (target.startsWith("./") || target.startsWith("../")) {
    const resolved = normalize(`${folder}/${target}`);
    return resolved !== undefined && exists(resolved) ? resolved : undefined;
  }
  if (exists(target)) {
    return target;
  }
  const ancestors =
    folder === ""
      ? []
      : folder.split("/").map((_, index, parts) => parts.slice(0, index + 1).join("/"));
  for (const ancestor of ancestors.reverse()) {
    if (exists(`${ancestor}/${target}`)) {
      return `${ancestor}/${target}`;
    }
  }
  // A path given relative to a folder the reader knows from context ("auth/token.ts" in a page
  // about the server), or a bare file name: some file of ours must end with it.
  const suffix = `/${target}`;
  return [...tree.files].find((file) =>
    isFolder ? file.includes(suffix) || file.startsWith(target) : file.endsWith(suffix),
  );
}

function normalize(joined: string): string | undefined {
  const parts: string[] = [];
  for (const part of joined.split("/")) {
    if (part === "" || part === ".") {
      continue;
    }
    if (part === "..") {
      if (parts.pop() === undefined) {
        return undefined;
      }
      continue;
    }
    parts.push(part);
  }
  return parts.join("/") + (joined.endsWith("/") ? "/" : "");
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

export function brokenCitations(files: readonly SourceFile[], tree: Tree): BrokenCitation[] {
  const broken: BrokenCitation[] = [];
  const folders = foldersOf(tree.files);
  for (const file of files) {
    for (const region of citableText(file)) {
      for (const citation of citationsIn(region.text, file.path.endsWith(".md"), folders)) {
        const line = file.text.slice(0, region.offset + citation.offset).split("\n").length;
        const report = (problem: string) =>
          broken.push({ file: file.path, line, cited: citation.cited, problem });
        const resolved = resolveCitation(tree, file.path, citation.target);
        if (resolved === undefined) {
          report("no such file or folder in the repository");
          continue;
        }
        const headings = tree.headings.get(resolved) ?? [];
        if (
          citation.section !== undefined &&
          !headings.some((heading) => new RegExp(`^${citation.section}(\\.|\\s|$)`).test(heading))
        ) {
          report(`${resolved} has no section ${citation.section}`);
        }
        if (
          citation.anchor !== undefined &&
          resolved.endsWith(".md") &&
          !headings.some((heading) => anchorOf(heading) === citation.anchor)
        ) {
          report(`${resolved} has no heading #${citation.anchor}`);
        }
      }
    }
  }
  return broken;
}

/** The names of every folder in the tree, at any depth ("server", "routes", "core", …). */
function foldersOf(files: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const file of files) {
    for (const folder of file.split("/").slice(0, -1)) {
      folders.add(folder);
    }
  }
  return folders;
}

/** The headings of a markdown text, outside fenced code blocks. */
export function headingsOf(markdown: string): string[] {
  const headings: string[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) {
      fenced = !fenced;
    } else if (!fenced) {
      const match = /^#{1,6}\s+(.*?)\s*$/.exec(line);
      if (match !== null) {
        headings.push(match[1] ?? "");
      }
    }
  }
  return headings;
}
