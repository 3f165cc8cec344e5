// Compiles schema/vector-file.schema.json with Ajv 8 (draft 2020-12) in strict mode and validates
// every *.json vector file in the conformance folder against it: the files directly in the folder
// and those of its domain sub-folders (energy/, …: every sub-folder but schema/, packs/ — rule
// packs, not vector files — tools/ and hidden ones), one level deep, all against the same schema.
// Given a domain sub-folder itself (conformance/energy), it validates that folder's files against
// the schema of the folder above. The schema refers to the wire format's common.schema.json, read
// from the source tree beside the conformance folder (or from the path given as the second
// argument, e.g. the file extracted from the anxiao-core jar). Exit code 0 when the schema compiles
// without a strict-mode warning and every file is valid; 1 otherwise.
//
//   npm install --prefix /tmp/anxiao-ajv ajv@8
//   NODE_PATH=/tmp/anxiao-ajv/node_modules node conformance/tools/validate-vectors.js [conformance folder [common.schema.json]]
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");

const SCHEMA = path.join("schema", "vector-file.schema.json");
// Sub-folders of the conformance folder that hold no vector files.
const NOT_VECTORS = new Set(["schema", "packs", "tools"]);
const given = path.resolve(process.argv[2] || path.join(__dirname, ".."));
const hasSchema = (dir) => fs.existsSync(path.join(dir, SCHEMA));
// The conformance folder is the one with schema/; a domain sub-folder given alone takes its parent's.
const folder = !hasSchema(given) && hasSchema(path.dirname(given)) ? path.dirname(given) : given;
const read = (file) => JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));

const warnings = [];
const logger = { log: console.log, warn: (...a) => warnings.push(a.join(" ")), error: (...a) => warnings.push(a.join(" ")) };
const ajv = new Ajv2020({ strict: true, allErrors: true, logger });
// The formats common.schema.json names; each also has a pattern, which is what decides.
ajv.addFormat("date", true);
ajv.addFormat("date-time", true);
const common = path.resolve(process.argv[3] ||
  path.join(folder, "..", "core", "src", "main", "resources", "META-INF", "anxiao", "schemas", "common.schema.json"));
try {
  ajv.addSchema(JSON.parse(fs.readFileSync(common, "utf8")));
} catch (e) {
  console.error(common + " does not load: " + e.message);
  process.exit(1);
}

let validate;
try {
  validate = ajv.compile(read(SCHEMA));
} catch (e) {
  console.error(SCHEMA + " does not compile: " + e.message);
  process.exit(1);
}
warnings.forEach((w) => console.error("strict mode: " + w));
let failed = warnings.length > 0;

// The folders whose *.json files are vector files, relative to the conformance folder: "" (the
// folder itself) and its domain sub-folders, or only the domain sub-folder given.
const jsonFiles = (dir) => fs.readdirSync(path.join(folder, dir), { withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith(".json")).map((e) => path.posix.join(dir, e.name)).sort();
const dirs = given !== folder ? [path.relative(folder, given).split(path.sep).join("/")]
  : [""].concat(fs.readdirSync(folder, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !NOT_VECTORS.has(e.name)).map((e) => e.name).sort());
const files = dirs.flatMap(jsonFiles);
for (const file of files) {
  let doc;
  try {
    doc = read(file);
  } catch (e) {
    failed = true;
    console.log("INVALID " + file);
    console.log("  / does not parse: " + e.message);
    continue;
  }
  if (validate(doc)) {
    console.log("valid   " + file);
  } else {
    failed = true;
    console.log("INVALID " + file);
    for (const e of validate.errors) console.log("  " + (e.instancePath || "/") + " " + e.message);
  }
}
console.log(`schema compiled (strict), ${files.length} vector files, ${failed ? "FAILED" : "all valid"}`);
process.exit(failed ? 1 : 0);
