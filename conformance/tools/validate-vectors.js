// Compiles schema/vector-file.schema.json with Ajv 8 (draft 2020-12) in strict mode and validates
// every *.json vector file in the conformance folder against it. The schema refers to the wire
// format's common.schema.json, read from the source tree beside the folder (or from the path given
// as the second argument, e.g. the file extracted from the anxiao-core jar). Exit code 0 when the schema
// compiles without a strict-mode warning and every file is valid; 1 otherwise.
//
//   npm install --prefix /tmp/anxiao-ajv ajv@8
//   NODE_PATH=/tmp/anxiao-ajv/node_modules node conformance/tools/validate-vectors.js [conformance folder [common.schema.json]]
"use strict";
const fs = require("fs");
const path = require("path");
const Ajv2020 = require("ajv/dist/2020");

const folder = path.resolve(process.argv[2] || path.join(__dirname, ".."));
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
  validate = ajv.compile(read("schema/vector-file.schema.json"));
} catch (e) {
  console.error("schema/vector-file.schema.json does not compile: " + e.message);
  process.exit(1);
}
warnings.forEach((w) => console.error("strict mode: " + w));
let failed = warnings.length > 0;

const files = fs.readdirSync(folder).filter((n) => n.endsWith(".json")).sort();
for (const file of files) {
  if (validate(read(file))) {
    console.log("valid   " + file);
  } else {
    failed = true;
    console.log("INVALID " + file);
    for (const e of validate.errors) console.log("  " + (e.instancePath || "/") + " " + e.message);
  }
}
console.log(`schema compiled (strict), ${files.length} vector files, ${failed ? "FAILED" : "all valid"}`);
process.exit(failed ? 1 : 0);
