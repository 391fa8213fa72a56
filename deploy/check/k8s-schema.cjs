// Validates Kubernetes objects (a JSON array on stdin) against the API schemas of the kubernetes-models npm
// package: wrong types, missing required fields and invalid enum values are caught. Argument: node_modules dir.
const path = require('path');
const fs = require('fs');

const modules = process.argv[2];
const objects = JSON.parse(fs.readFileSync(0, 'utf8')).filter(Boolean);
let invalid = 0;
for (const obj of objects) {
  const [group, version] = obj.apiVersion.includes('/') ? obj.apiVersion.split('/') : [null, obj.apiVersion];
  const file = path.join(modules, 'kubernetes-models', group ? `${group}/${version}` : version, obj.kind);
  let Model;
  try {
    Model = require(file)[obj.kind];
  } catch (e) {
    console.error(`problem: no schema for ${obj.apiVersion} ${obj.kind}`);
    invalid++;
    continue;
  }
  try {
    new Model(obj).validate();
  } catch (e) {
    console.error(`problem: ${obj.kind}/${obj.metadata.name}: ${e.message}`);
    invalid++;
  }
}
console.log(`k8s schema: ${objects.length} objects checked, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
