// Runs first in every npm entry point (package.json scripts). Plain JavaScript on purpose: under
// an older Node the TypeScript entry points fail with a cryptic ERR_UNKNOWN_FILE_EXTENSION
// before any of their code runs, so this says plainly what is needed instead.
const required = 24;
const [major] = process.versions.node.split(".").map(Number);

if (!(major >= required)) {
  console.error(
    `Gatehouse needs Node ${required} (you have v${process.versions.node}).\n` +
      `Install Node ${required} (https://nodejs.org, or "nvm install ${required}"), then run the command again.`,
  );
  process.exit(1);
}
