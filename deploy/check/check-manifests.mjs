// Validates every object in the given folder's *.yaml files against the Kubernetes API's JSON schemas, bundled in
// the kubernetes-models package: types, required fields and enumerations, with no cluster and no network
// (`kubectl apply --dry-run=client` asks a server for its API list first). Prints one line per object; exits 1 on
// any error. Usage: node check-manifests.mjs FOLDER
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node check-manifests.mjs FOLDER");
  process.exit(2);
}

let checked = 0;
let failed = 0;
for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  for (const doc of parseAllDocuments(readFileSync(join(folder, file), "utf8"))) {
    if (doc.errors.length > 0) {
      failed++;
      console.log(`FAIL ${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
      continue;
    }
    const object = doc.toJS();
    if (object === null) continue; // an empty document between separators
    const what = `${file}: ${object.kind}/${object.metadata?.name}`;
    try {
      // "v1" is the core group (kubernetes-models/v1/Service); "apps/v1" → kubernetes-models/apps/v1/Deployment.
      const module = await import(`kubernetes-models/${object.apiVersion}/${object.kind}`);
      new module[object.kind](object).validate();
      checked++;
      console.log(`ok   ${what}`);
    } catch (e) {
      failed++;
      const reason = e.code === "ERR_MODULE_NOT_FOUND" ? `unknown apiVersion/kind ${object.apiVersion} ${object.kind}` : e.message;
      console.log(`FAIL ${what}: ${reason}`);
    }
  }
}
console.log(`manifests: ${checked} valid, ${failed} invalid`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
