"""Checks that deploy/ hangs together: every YAML and JSON file parses, and the compose file, the Kubernetes
manifests, the Prometheus configuration and the Grafana provisioning agree on images, ports, environment
variables, paths and names. Needs only Python 3 and PyYAML. Run by deploy/check.sh; exits 1 on any problem.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import yaml

DEPLOY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(DEPLOY)
K8S = os.path.join(DEPLOY, "k8s")

problems = []


def problem(where, message):
    problems.append(f"{os.path.relpath(where, REPO) if os.path.isabs(where) else where}: {message}")


def rel(path):
    return os.path.relpath(path, REPO)


# ---------------------------------------------------------------- every file parses

def parse_all():
    parsed = {}
    for folder, dirs, files in os.walk(DEPLOY):
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".git")]
        for name in sorted(files):
            path = os.path.join(folder, name)
            try:
                if name.endswith((".yaml", ".yml")):
                    with open(path, encoding="utf-8") as f:
                        parsed[path] = [d for d in yaml.safe_load_all(f) if d is not None]
                elif name.endswith(".json"):
                    with open(path, encoding="utf-8") as f:
                        parsed[path] = json.load(f)
            except (yaml.YAMLError, json.JSONDecodeError, UnicodeDecodeError) as e:
                problem(path, f"does not parse: {e}")
    return parsed


# ---------------------------------------------------------------- compose

VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}")


def expand_defaults(value):
    """Replaces ${VAR:-default} by its default and ${VAR:?...} / ${VAR} by a marker, as compose would with an
    empty environment, so values can be compared."""
    def sub(m):
        if m.group(2) in (":-", "-"):
            return m.group(3)
        return f"<{m.group(1)}>"
    return VAR.sub(sub, str(value))


def env_example():
    path = os.path.join(DEPLOY, ".env.example")
    values = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if "=" not in line:
                problem(path, f"line {number} is not NAME=value")
                continue
            key, value = line.split("=", 1)
            values[key] = value
    return path, values


def artifact_id(module):
    pom = os.path.join(REPO, module, "pom.xml")
    if not os.path.isfile(pom):
        return None
    root = ET.parse(pom).getroot()
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    node = root.find("m:artifactId", ns)
    return node.text.strip() if node is not None else None


def check_compose(compose_path, compose):
    services = compose.get("services", {})
    env_path, example = env_example()
    text = open(compose_path, encoding="utf-8").read()

    # Variables: every one compose requires is in .env.example; .env.example holds nothing compose ignores.
    used = {m.group(1) for m in VAR.finditer(text)}
    for m in VAR.finditer(text):
        if m.group(2) in (":?", "?") and m.group(1) not in example:
            problem(compose_path, f"requires ${{{m.group(1)}}} but .env.example does not list it")
    for key in example:
        if key not in used:
            problem(env_path, f"{key} is not used by compose.yaml")
    for key, value in example.items():
        if re.search(r"PASSWORD|SECRET", key) and value and not value.lower().startswith("change-me"):
            problem(env_path, f"{key} must be empty or a change-me placeholder, not a real value")

    apps = {}
    for name, svc in services.items():
        where = f"{rel(compose_path)} services.{name}"
        for dep, spec in (svc.get("depends_on") or {}).items():
            if dep not in services:
                problem(where, f"depends on unknown service {dep}")
                continue
            condition = spec.get("condition") if isinstance(spec, dict) else None
            if condition == "service_healthy" and "healthcheck" not in services[dep]:
                problem(where, f"waits for {dep} to be healthy, but {dep} has no healthcheck")
            if condition not in ("service_healthy", "service_completed_successfully"):
                problem(where, f"depends_on {dep} should wait with condition service_healthy")
            if services[dep].get("profiles") and not svc.get("profiles"):
                problem(where, f"depends on {dep}, which only runs in profile(s) {services[dep]['profiles']}")
        if "healthcheck" not in svc and svc.get("restart") != "no":
            problem(where, "has no healthcheck")
        for volume in svc.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if source.startswith("."):
                if not os.path.exists(os.path.join(DEPLOY, source)):
                    problem(where, f"mounts {source}, which does not exist")
        if "build" in svc:
            apps[name] = check_compose_app(where, name, svc)

    # Every service an application is told about exists, on the port it listens on.
    for name, app in apps.items():
        for key, value in app["env"].items():
            m = re.fullmatch(r"QH_SERVICES_([A-Z0-9_]+)_URL", key)
            if m:
                target = m.group(1).lower()
                expected = f"http://{target}:{apps[target]['port']}" if target in apps else None
                if expected is None:
                    problem(f"{rel(compose_path)} services.{name}", f"{key} names {target}, not a built service")
                elif value != expected:
                    problem(f"{rel(compose_path)} services.{name}", f"{key} is {value}, expected {expected}")

    check_databases(compose_path, services, apps)
    return apps


def check_repackage(where, module):
    """The image runs <artifactId>-<version>-exec.jar. spring-boot-starter-parent already repackages the main jar
    in an execution with id `repackage`; a second repackage execution with another id repackages that result again
    and writes Start-Class: JarLauncher, a jar that recurses at start-up. The exec one must reuse the id."""
    folder = os.path.join(REPO, module)
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    while folder.startswith(REPO):
        pom = os.path.join(folder, "pom.xml")
        if os.path.isfile(pom):
            for plugin in ET.parse(pom).getroot().findall("m:build/m:plugins/m:plugin", ns):
                if plugin.findtext("m:artifactId", namespaces=ns) != "spring-boot-maven-plugin":
                    continue
                for execution in plugin.findall("m:executions/m:execution", ns):
                    goals = [g.text for g in execution.findall("m:goals/m:goal", ns)]
                    if "repackage" in goals and execution.findtext("m:id", namespaces=ns) != "repackage":
                        problem(where, f"{rel(pom)}: the spring-boot-maven-plugin repackage execution needs "
                                       "<id>repackage</id>, or the exec jar is repackaged twice and will not start")
        if folder == REPO:
            break
        folder = os.path.dirname(folder)


def check_compose_app(where, name, svc):
    build = svc["build"]
    args = build.get("args") or {}
    module = args.get("MODULE")
    port = str(args.get("PORT", ""))
    if build.get("context") != ".." or build.get("dockerfile") != "deploy/docker/Dockerfile":
        problem(where, "must build with context .. and dockerfile deploy/docker/Dockerfile")
    artifact = artifact_id(module) if module else None
    if not module:
        problem(where, "build.args.MODULE is missing")
    elif artifact is None:
        # The module may still be in the making; the rest of the checks still apply.
        print(f"note: {where}: module {module} has no pom.xml yet, image name not checked against it")
    if module:
        check_repackage(where, module)
    if not port.isdigit():
        problem(where, "build.args.PORT must be the port the application listens on")
    image = expand_defaults(svc.get("image", ""))
    repository, _, tag = image.rpartition(":")
    if artifact and not repository.endswith("/" + artifact):
        problem(where, f"image {image} should be named after the module's artifactId {artifact}")
    if svc.get("read_only") is not True or "tmpfs" not in svc:
        problem(where, "must run read_only with a tmpfs /tmp, like the Kubernetes pods")
    env = {k: expand_defaults(v) for k, v in (svc.get("environment") or {}).items()}
    health = " ".join(svc.get("healthcheck", {}).get("test", []))
    management = env.get("QH_MANAGEMENT_PORT", "")
    if not management.isdigit() or management == port:
        problem(where, "QH_MANAGEMENT_PORT must put health and metrics on a port of their own, not the main port")
    elif f"127.0.0.1:{management}/actuator/health/" not in health:
        problem(where, f"healthcheck should probe http://127.0.0.1:{management}/actuator/health/... "
                       "(the management port)")
    if not env.get("QH_TRUSTED_PROXIES"):
        problem(where, "QH_TRUSTED_PROXIES is unset: the services would not see client addresses through the gateway")
    if name == "gateway" and env.get("QH_HTTP_PORT") != port:
        problem(where, f"QH_HTTP_PORT is {env.get('QH_HTTP_PORT')}, but the image is built for port {port}")
    for published in svc.get("ports") or []:
        if not expand_defaults(published).endswith(f":{port}"):
            problem(where, f"publishes {published}, not the application's port {port}")
        if management and expand_defaults(published).endswith(f":{management}"):
            problem(where, f"publishes the management port {management}")
    return {"module": module, "port": port, "management": management, "repository": repository, "tag": tag,
            "env": env}


def check_databases(compose_path, services, apps):
    init = {k: expand_defaults(v) for k, v in services.get("postgres-init", {}).get("environment", {}).items()}
    databases = set(re.split(r"[\s,]+", str(init.get("QH_DATABASES", "")).strip())) - {""}
    for name, app in apps.items():
        url = app["env"].get("SPRING_DATASOURCE_URL")
        if not url:
            continue
        m = re.fullmatch(r"jdbc:postgresql://postgres:5432/qh_([a-z0-9_]+)", url)
        where = f"{rel(compose_path)} services.{name}"
        if not m:
            problem(where, f"SPRING_DATASOURCE_URL {url} is not jdbc:postgresql://postgres:5432/qh_<service>")
            continue
        db = m.group(1)
        if db not in databases:
            problem(where, f"uses database qh_{db}, but postgres-init's QH_DATABASES does not create it")
        if app["env"].get("SPRING_DATASOURCE_USERNAME") != f"qh_{db}":
            problem(where, f"SPRING_DATASOURCE_USERNAME should be qh_{db}, the owner of its database")
        password = f"QH_DB_PASSWORD_{db.upper()}"
        if password not in init:
            problem(f"{rel(compose_path)} services.postgres-init", f"{password} is missing")
        elif init[password] != app["env"].get("SPRING_DATASOURCE_PASSWORD"):
            problem(where, f"SPRING_DATASOURCE_PASSWORD differs from postgres-init's {password}")


# ---------------------------------------------------------------- kubernetes

def load_kustomization(folder, namespace=None):
    path = os.path.join(folder, "kustomization.yaml")
    with open(path, encoding="utf-8") as f:
        kustomization = yaml.safe_load(f)
    namespace = kustomization.get("namespace", namespace)
    objects = []
    for resource in kustomization.get("resources", []):
        target = os.path.join(folder, resource)
        if os.path.isdir(target):
            objects += load_kustomization(target, namespace)
        elif os.path.isfile(target):
            with open(target, encoding="utf-8") as f:
                for doc in yaml.safe_load_all(f):
                    if doc:
                        doc["_file"] = rel(target)
                        objects.append(doc)
        else:
            problem(path, f"resource {resource} does not exist")
    for listed in os.listdir(folder):
        if listed.endswith(".yaml") and listed != "kustomization.yaml" and listed not in kustomization.get(
                "resources", []) and listed != "secret.example.yaml":
            problem(path, f"{listed} sits beside it but is not listed under resources")
    for obj in objects:
        if namespace and obj.get("kind") != "Namespace":
            obj.setdefault("metadata", {}).setdefault("namespace", namespace)
    return objects


def selects(selector, labels):
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def check_k8s():
    objects = load_kustomization(K8S)
    with open(os.path.join(K8S, "kustomization.yaml"), encoding="utf-8") as f:
        kustomization = yaml.safe_load(f)
    images = {i["name"]: i.get("newTag") for i in kustomization.get("images", [])}
    with open(os.path.join(K8S, "secret.example.yaml"), encoding="utf-8") as f:
        secrets = {d["metadata"]["name"]: d for d in yaml.safe_load_all(f) if d}
    for name, secret in secrets.items():
        for key, value in (secret.get("stringData") or {}).items():
            if re.search(r"PASSWORD|SECRET", key) and value not in ("", "CHANGE-ME"):
                problem("deploy/k8s/secret.example.yaml", f"{name}.{key} must be CHANGE-ME or empty")
        if secret.get("data"):
            problem("deploy/k8s/secret.example.yaml", f"{name} must use stringData placeholders, not data")

    by_kind = {}
    for obj in objects:
        by_kind.setdefault(obj["kind"], {})[obj["metadata"]["name"]] = obj
    configmaps = by_kind.get("ConfigMap", {})
    deployments = by_kind.get("Deployment", {})
    services = by_kind.get("Service", {})
    apps = {}

    for name, dep in deployments.items():
        where = f"{dep['_file']} Deployment/{name}"
        spec = dep["spec"]
        template = spec["template"]
        labels = template["metadata"].get("labels", {})
        if not selects(spec["selector"].get("matchLabels"), labels):
            problem(where, "selector does not match the pod template's labels")
        if spec.get("replicas", 1) < 2:
            problem(where, "needs at least 2 replicas")
        pod = template["spec"]
        psc = pod.get("securityContext", {})
        if psc.get("runAsNonRoot") is not True or psc.get("runAsUser") != 10001:
            problem(where, "pod must runAsNonRoot as uid 10001 (the image's user)")
        volumes = {v["name"]: v for v in pod.get("volumes", [])}
        env_names = set()
        for c in pod["containers"]:
            cw = f"{where} container {c['name']}"
            ports = {p.get("name"): p["containerPort"] for p in c.get("ports", [])}
            csc = c.get("securityContext", {})
            if csc.get("readOnlyRootFilesystem") is not True or csc.get("allowPrivilegeEscalation") is not False:
                problem(cw, "needs readOnlyRootFilesystem: true and allowPrivilegeEscalation: false")
            tmp = [m for m in c.get("volumeMounts", []) if m["mountPath"] == "/tmp"]
            if not tmp or "emptyDir" not in volumes.get(tmp[0]["name"], {}):
                problem(cw, "needs an emptyDir mounted at /tmp (the root filesystem is read-only)")
            for kind in ("requests", "limits"):
                for resource in ("cpu", "memory"):
                    if resource not in c.get("resources", {}).get(kind, {}):
                        problem(cw, f"resources.{kind}.{resource} is missing")
            for probe, path in (("startupProbe", "/actuator/health/liveness"),
                                ("livenessProbe", "/actuator/health/liveness"),
                                ("readinessProbe", "/actuator/health/readiness")):
                get = c.get(probe, {}).get("httpGet", {})
                if get.get("path") != path:
                    problem(cw, f"{probe} must GET {path}")
                if get.get("port") not in ("management", ports.get("management")) or "management" not in ports:
                    problem(cw, f"{probe} must use the container port named management, not {get.get('port')}")
            for source in c.get("envFrom", []):
                if "configMapRef" in source:
                    ref = source["configMapRef"]["name"]
                    if ref not in configmaps:
                        problem(cw, f"envFrom ConfigMap {ref} is not in the manifests")
                    else:
                        env_names |= set(configmaps[ref].get("data", {}))
                if "secretRef" in source:
                    ref = source["secretRef"]["name"]
                    if ref not in secrets:
                        problem(cw, f"envFrom Secret {ref} is not in secret.example.yaml")
                    else:
                        env_names |= set(secrets[ref].get("stringData", {}))
            env_names |= {e["name"] for e in c.get("env", [])}
            annotations = template["metadata"].get("annotations", {})
            if annotations.get("prometheus.io/scrape") != "true" or \
                    annotations.get("prometheus.io/path") != "/actuator/prometheus" or \
                    annotations.get("prometheus.io/port") != str(ports.get("management")):
                problem(where, "pod needs prometheus.io/scrape, /path /actuator/prometheus and /port of its "
                               "management port")
            repository, _, tag = c["image"].rpartition(":")
            apps[name] = {"port": str(ports.get("http")), "management": str(ports.get("management")),
                          "repository": repository,
                          "tag": images.get(repository, tag), "labels": labels,
                          "env": {e["name"]: e.get("value") for e in c.get("env", [])}}
        apps[name]["env_names"] = env_names

        if not any(selects(s["spec"].get("selector"), labels) for s in services.values()):
            problem(where, "no Service selects its pods")
        if not any(selects(p["spec"]["selector"].get("matchLabels"), labels)
                   for p in by_kind.get("PodDisruptionBudget", {}).values()):
            problem(where, "no PodDisruptionBudget covers its pods")

    for name, svc in services.items():
        where = f"{svc['_file']} Service/{name}"
        targets = [d for d in deployments.values() if selects(svc["spec"].get("selector"), d["spec"]["template"]["metadata"].get("labels", {}))]
        if not targets:
            problem(where, "selects no Deployment's pods")
            continue
        ports = {p.get("name"): p["containerPort"] for c in targets[0]["spec"]["template"]["spec"]["containers"] for p in c.get("ports", [])}
        for port in svc["spec"]["ports"]:
            if port.get("targetPort") not in ports and port.get("targetPort") not in ports.values():
                problem(where, f"targetPort {port.get('targetPort')} is not a port of its pods")

    for name, hpa in by_kind.get("HorizontalPodAutoscaler", {}).items():
        ref = hpa["spec"]["scaleTargetRef"]
        if ref.get("kind") != "Deployment" or ref.get("name") not in deployments:
            problem(f"{hpa['_file']} HorizontalPodAutoscaler/{name}", f"scales {ref.get('kind')}/{ref.get('name')}, which does not exist")
    for name, ingress in by_kind.get("Ingress", {}).items():
        for rule in ingress["spec"].get("rules", []):
            for path in rule.get("http", {}).get("paths", []):
                backend = path["backend"]["service"]
                svc = services.get(backend["name"])
                port_names = {p.get("name") for p in svc["spec"]["ports"]} if svc else set()
                port_numbers = {p["port"] for p in svc["spec"]["ports"]} if svc else set()
                if svc is None:
                    problem(f"{ingress['_file']} Ingress/{name}", f"backend Service {backend['name']} does not exist")
                elif backend["port"].get("name") not in port_names and backend["port"].get("number") not in port_numbers:
                    problem(f"{ingress['_file']} Ingress/{name}", f"backend port {backend['port']} is not a port of Service {backend['name']}")
                elif backend["port"].get("name", "http") != "http" or (
                        "number" in backend["port"] and backend["port"]["number"] != svc["spec"]["ports"][0]["port"]):
                    problem(f"{ingress['_file']} Ingress/{name}", "must route to the Service's http port only, "
                                                                  "never the management port")

    # Every QH_SERVICES_<NAME>_URL points at that service's Service and port.
    for cm in configmaps.values():
        for key, value in cm.get("data", {}).items():
            m = re.fullmatch(r"QH_SERVICES_([A-Z0-9_]+)_URL", key)
            if m:
                target = m.group(1).lower()
                svc = services.get(target)
                expected = f"http://{target}:{svc['spec']['ports'][0]['port']}" if svc else None
                if value != expected:
                    problem(f"{cm['_file']} ConfigMap/{cm['metadata']['name']}", f"{key} is {value}, expected {expected}")
    return apps, configmaps, secrets


# ---------------------------------------------------------------- compose <-> kubernetes

def check_same_apps(compose_apps, compose, k8s_apps, configmaps, secrets):
    if set(compose_apps) != set(k8s_apps):
        problem("deploy/", f"compose builds {sorted(compose_apps)} but Kubernetes deploys {sorted(k8s_apps)}")
    for name in sorted(set(compose_apps) & set(k8s_apps)):
        c, k = compose_apps[name], k8s_apps[name]
        if c["repository"] != k["repository"]:
            problem("deploy/", f"{name}: compose image {c['repository']} differs from Kubernetes image {k['repository']}")
        if c["tag"] != k["tag"]:
            problem("deploy/", f"{name}: compose tag {c['tag']} differs from the Kubernetes tag {k['tag']}")
        if c["port"] != k["port"]:
            problem("deploy/", f"{name}: compose port {c['port']} differs from Kubernetes containerPort {k['port']}")
        if c["management"] != k["management"]:
            problem("deploy/", f"{name}: compose management port {c['management']} differs from Kubernetes "
                               f"containerPort management {k['management']}")
        only_compose = set(c["env"]) - k["env_names"]
        only_k8s = k["env_names"] - set(c["env"])
        if only_compose:
            problem("deploy/", f"{name}: set in compose but not on Kubernetes: {sorted(only_compose)}")
        if only_k8s:
            problem("deploy/", f"{name}: set on Kubernetes but not in compose: {sorted(only_k8s)}")
        for key in ("QH_HTTP_PORT", "SPRING_DATASOURCE_USERNAME"):
            if key in c["env"] and key in k["env"] and c["env"][key] != k["env"][key]:
                problem("deploy/", f"{name}: {key} is {c['env'][key]} in compose, {k['env'][key]} on Kubernetes")
        url = k["env"].get("SPRING_DATASOURCE_URL")
        if url and url.rsplit("/", 1)[-1] != c["env"].get("SPRING_DATASOURCE_URL", "").rsplit("/", 1)[-1]:
            problem("deploy/", f"{name}: compose and Kubernetes name different databases")
    shared = set(compose.get("x-qh-env", {}))
    k8s_shared = set(configmaps.get("qh-config", {}).get("data", {})) | set(secrets.get("qh-shared", {}).get("stringData", {}))
    if shared != k8s_shared:
        problem("deploy/", f"compose x-qh-env and Kubernetes qh-config + qh-shared differ: {sorted(shared ^ k8s_shared)}")


# ---------------------------------------------------------------- prometheus and grafana

def check_prometheus(parsed, compose_apps):
    path = os.path.join(DEPLOY, "prometheus", "prometheus.yml")
    config = parsed[path][0]
    jobs = {j["job_name"]: j for j in config.get("scrape_configs", [])}
    qh = jobs.get("qh")
    if not qh:
        problem(path, "needs a scrape job named qh for the applications")
        return
    if qh.get("metrics_path") != "/actuator/prometheus":
        problem(path, "job qh must scrape /actuator/prometheus")
    targets = {t for group in qh.get("static_configs", []) for t in group.get("targets", [])}
    expected = {f"{name}:{app['management']}" for name, app in compose_apps.items()}
    for missing in sorted(expected - targets):
        problem(path, f"job qh does not scrape {missing}")
    for extra in sorted(targets - expected):
        problem(path, f"job qh scrapes {extra}, which compose does not run")


def check_grafana(parsed, compose):
    ds_path = os.path.join(DEPLOY, "grafana", "provisioning", "datasources", "prometheus.yaml")
    uids = {d.get("uid") for d in parsed[ds_path][0].get("datasources", [])}
    grafana = compose["services"].get("grafana", {})
    mounts = dict(v.split(":")[:2] for v in grafana.get("volumes", []) if v.startswith("."))
    provider_path = os.path.join(DEPLOY, "grafana", "provisioning", "dashboards", "qh.yaml")
    for provider in parsed[provider_path][0].get("providers", []):
        folder = provider.get("options", {}).get("path")
        if folder not in mounts.values():
            problem(provider_path, f"dashboards path {folder} is not mounted into grafana by compose.yaml")
    dashboards = [p for p in parsed if p.startswith(os.path.join(DEPLOY, "grafana", "dashboards")) and p.endswith(".json")]
    if not dashboards:
        problem("deploy/grafana/dashboards", "holds no dashboard")
    seen = set()
    for path in dashboards:
        dash = parsed[path]
        if not dash.get("uid") or dash["uid"] in seen:
            problem(path, "needs a unique uid")
        seen.add(dash.get("uid"))
        if not dash.get("panels"):
            problem(path, "has no panels")

        def walk(node):
            if isinstance(node, dict):
                ds = node.get("datasource")
                if isinstance(ds, dict) and ds.get("uid") not in uids and not str(ds.get("uid", "")).startswith("$"):
                    problem(path, f"uses datasource uid {ds.get('uid')}, provisioned are {sorted(uids)}")
                for v in node.values():
                    walk(v)
            elif isinstance(node, list):
                for v in node:
                    walk(v)
        walk(dash)
        ids = [p.get("id") for p in dash.get("panels", [])]
        if len(ids) != len(set(ids)):
            problem(path, "panel ids are not unique")


def check_dockerfile():
    path = os.path.join(DEPLOY, "docker", "Dockerfile")
    text = open(path, encoding="utf-8").read()
    for needle, why in (("-pl \"$MODULE\" -am package -DskipTests", "build only the module and what it needs"),
                        ("-Djarmode=tools -jar app.jar extract --layers --launcher", "extract the layered jar"),
                        ("USER 10001:10001", "run as the non-root uid the manifests name"),
                        ("/actuator/health/liveness", "health check the liveness group"),
                        ("-XX:MaxRAMPercentage=75", "size the heap from the container limit"),
                        ("-XX:+ExitOnOutOfMemoryError", "exit (and be restarted) on OutOfMemoryError"),
                        ("org.springframework.boot.loader.launch.JarLauncher", "launch the extracted layers")):
        if needle not in text:
            problem(path, f"lost `{needle}` ({why})")
    if not os.path.isfile(path + ".dockerignore"):
        problem(path, "Dockerfile.dockerignore is missing beside it")


def main():
    parsed = parse_all()
    if problems:
        report()
    compose_path = os.path.join(DEPLOY, "compose.yaml")
    compose = parsed[compose_path][0]
    compose_apps = check_compose(compose_path, compose)
    k8s_apps, configmaps, secrets = check_k8s()
    check_same_apps(compose_apps, compose, k8s_apps, configmaps, secrets)
    check_prometheus(parsed, compose_apps)
    check_grafana(parsed, compose)
    check_dockerfile()
    report()


def report():
    for p in dict.fromkeys(problems):
        print(f"problem: {p}")
    if problems:
        print(f"consistency: {len(dict.fromkeys(problems))} problem(s)")
        sys.exit(1)
    print("consistency: YAML and JSON parse; compose, Kubernetes, Prometheus and Grafana agree")
    sys.exit(0)


if __name__ == "__main__":
    main()
