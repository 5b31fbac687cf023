// The bench's figures: each printed beside the ceiling measured in the same run and its ratio,
// and kept for `npm run bench -- --json FILE` as {name, value, unit, ceiling, ratio, goal}.
import { writeFileSync } from "node:fs";

export type Figure = {
  name: string;
  value: number;
  unit: string;
  /** What the same work costs without Gatehouse around it, measured in the same run. */
  ceiling: number | null;
  ratio: number | null;
  goal: string | null;
};

export type FigureInput = {
  name: string;
  value: number;
  unit: string;
  ceiling?: { value: number; what: string };
  goal?: string;
  /** For a cost (latency, bytes), the ratio is ceiling / value, so higher is better either way. */
  lowerIsBetter?: boolean;
};

export function formatNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: value < 100 ? 1 : 0 });
}

export function figureOf(input: FigureInput): Figure {
  const ceiling = input.ceiling?.value ?? null;
  const usable = ceiling !== null && ceiling > 0 && input.value > 0;
  const ratio = !usable
    ? null
    : input.lowerIsBetter
      ? ceiling / input.value
      : input.value / ceiling;
  return {
    name: input.name,
    value: input.value,
    unit: input.unit,
    ceiling,
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    goal: input.goal ?? null,
  };
}

export function describeFigure(input: FigureInput, figure: Figure): string {
  const head = `${input.name}: ${formatNumber(figure.value)} ${figure.unit}`;
  const beside =
    input.ceiling === undefined
      ? "  (no ceiling measured)"
      : `\n    ceiling ${formatNumber(input.ceiling.value)} ${figure.unit} (${input.ceiling.what})` +
        ` → ratio ${figure.ratio === null ? "n/a" : figure.ratio.toFixed(2)}`;
  return `${head}${beside}${figure.goal === null ? "" : `  [goal: ${figure.goal}]`}`;
}

export class FigureLog {
  readonly figures: Figure[] = [];

  report(input: FigureInput): Figure {
    const figure = figureOf(input);
    this.figures.push(figure);
    console.log(describeFigure(input, figure));
    return figure;
  }

  writeJson(file: string): void {
    writeFileSync(file, `${JSON.stringify(this.figures, null, 2)}\n`);
  }

  /** At the end of a run: writes the figures when `--json FILE` asked for them, and says so. */
  finish(jsonFile: string | undefined): void {
    if (jsonFile !== undefined) {
      this.writeJson(jsonFile);
      console.log(`\n${this.figures.length} figures written to ${jsonFile}`);
    }
  }
}

/** The DIR of `--cpu-prof DIR`, if given. */
export function cpuProfileArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf("--cpu-prof");
  return index === -1 ? undefined : argv[index + 1];
}

/** The FILE of `--json FILE` (or `--json=FILE`), if given. */
export function jsonFileArgument(argv: readonly string[]): string | undefined {
  for (const [index, argument] of argv.entries()) {
    if (argument === "--json") {
      const file = argv[index + 1];
      if (file === undefined || file.startsWith("--")) {
        throw new Error("--json needs a file name");
      }
      return file;
    }
    if (argument.startsWith("--json=")) {
      return argument.slice("--json=".length);
    }
  }
  return undefined;
}

/** `--only oidc,passkey`: the sections to run, or undefined for all of them. */
export function onlyArgument(argv: readonly string[]): ReadonlySet<string> | undefined {
  const index = argv.indexOf("--only");
  if (index === -1) {
    return undefined;
  }
  const sections = new Set((argv[index + 1] ?? "").split(",").filter((name) => name !== ""));
  const known = new Set(["start", "me", "oidc", "passkey", "expired"]);
  if (sections.size === 0 || [...sections].some((name) => !known.has(name))) {
    throw new Error("--only takes a list of: start, me, oidc, passkey, expired");
  }
  return sections;
}
