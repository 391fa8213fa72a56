#!/usr/bin/env bash
# Validates deploy/ without a Docker engine or a cluster; exits non-zero on any problem. Called by .ci/run.
#
#   1. consistency is not checked here: that every YAML and JSON file parses, that deploy/ matches the service
#      catalog (platform/catalog/src/main/resources/qh-services.yaml) and that compose, Kubernetes, Prometheus and
#      Grafana agree is checked by the tests of platform/catalog, which ./mvnw verify runs (.ci/run, before this);
#      the Kubernetes kustomizations are generated from the catalog (deploy/README.md, 'Adding a service')
#   2. yamllint, shellcheck (the shell scripts), kubectl kustomize (both kustomizations build),
#      promtool (prometheus.yml and every PromQL query of the dashboards), dclint (compose.yaml against the
#      Compose Specification schema), kubernetes-models (the manifests against the Kubernetes API schemas),
#      and `docker compose config` where the compose plugin exists
#
# The step-2 tools are used when present. In CI (CI=true), or with QH_CHECK_INSTALL=1, missing ones are
# installed first: Debian packages with apt-get (as root), npm packages into $QH_CHECK_CACHE.
# QH_CHECK_STRICT=1 turns a skipped tool into a failure.
set -euo pipefail
cd "$(dirname "$0")"

cache=${QH_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qh-deploy-check}
npm_tools=(dclint@3.1.0 kubernetes-models@4.5.1)
install=false
if [[ ${CI:-} == true || ${QH_CHECK_INSTALL:-} == 1 ]]; then install=true; fi

failures=0
skipped=()
ok() { echo "ok: $*"; }
failed() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }
skip() { echo "skipped: $1 (${2})"; skipped+=("$1"); }
have() { command -v "$1" >/dev/null 2>&1; }

python_with_yaml() {
  local candidate
  for candidate in /usr/bin/python3 python3; do
    if have "$candidate" && "$candidate" -c 'import yaml' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

# ---------------------------------------------------------------- tools
if [[ $install == true ]]; then
  packages=()
  python_with_yaml >/dev/null || packages+=(python3-yaml)
  have yamllint || packages+=(yamllint)
  have shellcheck || packages+=(shellcheck)
  have promtool || packages+=(prometheus)
  if ((${#packages[@]})); then
    if [[ $(id -u) == 0 ]] && have apt-get; then
      echo "installing ${packages[*]} (apt-get)"
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
          "${packages[@]}" >/dev/null; } || echo "warning: apt-get could not install ${packages[*]}" >&2
    else
      echo "warning: cannot install ${packages[*]} (needs root and apt-get)" >&2
    fi
  fi
  if have npm && [[ ! -x $cache/node_modules/.bin/dclint || ! -d $cache/node_modules/kubernetes-models ]]; then
    echo "installing ${npm_tools[*]} (npm) into $cache"
    mkdir -p "$cache"
    npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "${npm_tools[@]}" >/dev/null \
      || echo "warning: npm could not install ${npm_tools[*]}" >&2
  fi
fi

# ---------------------------------------------------------------- 1. consistency: platform/catalog's tests
# Python with PyYAML only feeds the optional steps below (the schema check and the dashboards' queries).
python=$(python_with_yaml) || python=""

# ---------------------------------------------------------------- 2. linters and schemas
if have yamllint; then
  if yamllint -s -c check/yamllint.yaml .; then ok "yamllint"; else failed "yamllint"; fi
else
  skip yamllint "not installed"
fi

if have shellcheck; then
  if shellcheck check.sh postgres/create-databases.sh; then ok "shellcheck"; else failed "shellcheck"; fi
else
  skip shellcheck "not installed"
fi

manifests=""
if have kubectl; then
  if manifests=$(kubectl kustomize k8s) && kubectl kustomize k8s/monitoring >/dev/null; then
    ok "kustomize builds k8s/ ($(grep -c '^kind:' <<<"$manifests") objects) and k8s/monitoring/"
  else
    failed "kubectl kustomize"
    manifests=""
  fi
else
  skip kustomize "kubectl not installed"
fi

if [[ -n $manifests && -d $cache/node_modules/kubernetes-models ]] && have node && [[ -n ${python:-} ]]; then
  if "$python" -c 'import json, sys, yaml; print(json.dumps(list(yaml.safe_load_all(sys.stdin))))' \
      <<<"$manifests" | node check/k8s-schema.cjs "$cache/node_modules"; then
    ok "Kubernetes API schemas"
  else
    failed "Kubernetes API schemas"
  fi
else
  skip k8s-schema "needs kubectl, node and npm package kubernetes-models in $cache"
fi

if have promtool; then
  if promtool check config prometheus/prometheus.yml >/dev/null; then ok "promtool: prometheus.yml"; else failed "promtool check config"; fi
  if [[ -n ${python:-} ]]; then
    # Every dashboard query as a recording rule, Grafana's variables replaced by values, so promtool parses it.
    rules=$(mktemp --suffix=.yml)
    "$python" - grafana/dashboards/*.json >"$rules" <<'PY'
import json, sys
exprs = []
def walk(node):
    if isinstance(node, dict):
        if isinstance(node.get("expr"), str):
            exprs.append(node["expr"])
        for v in node.values():
            walk(v)
    elif isinstance(node, list):
        for v in node:
            walk(v)
for path in sys.argv[1:]:
    with open(path) as f:
        walk(json.load(f))
subst = {"$__rate_interval": "1m", "$__interval": "1m", "$__range": "1h", "$application": ".*", "$instance": ".*"}
rules = []
for i, e in enumerate(exprs):
    for k, v in subst.items():
        e = e.replace(k, v)
    rules.append({"record": f"dashboard:query_{i}", "expr": e})
print(json.dumps({"groups": [{"name": "dashboards", "rules": rules}]}))
PY
    if promtool check rules "$rules" >/dev/null; then
      ok "promtool: $(grep -o '"record"' "$rules" | wc -l) dashboard queries parse"
    else
      promtool check rules "$rules" >&2 || true
      failed "promtool: dashboard queries"
    fi
    rm -f "$rules"
  fi
else
  skip promtool "not installed (Debian package prometheus)"
fi

if [[ -x $cache/node_modules/.bin/dclint ]] && have node; then
  # Schema errors and the error-level rules fail. Two rules are off on purpose: build and image together tag what
  # compose builds; the gateway's published address is a variable (default 127.0.0.1) dclint cannot expand.
  if "$cache/node_modules/.bin/dclint" compose.yaml --quiet --no-color \
      --disable-rule no-build-and-image --disable-rule no-unbound-port-interfaces; then
    ok "dclint: compose.yaml matches the Compose Specification"
  else
    failed "dclint compose.yaml"
  fi
else
  skip dclint "needs node and npm package dclint in $cache"
fi

if have docker && docker compose version >/dev/null 2>&1; then
  if docker compose --env-file .env.example -f compose.yaml --profile '*' config -q; then
    ok "docker compose config"
  else
    failed "docker compose config"
  fi
else
  skip "docker-compose-config" "no docker compose plugin"
fi

# ---------------------------------------------------------------- summary
if ((${#skipped[@]})) && [[ ${QH_CHECK_STRICT:-} == 1 ]]; then
  failed "strict mode: skipped ${skipped[*]}"
fi
if ((failures)); then
  echo "deploy check: $failures failed" >&2
  exit 1
fi
echo "deploy check: passed${skipped[*]:+ (skipped: ${skipped[*]})}"
