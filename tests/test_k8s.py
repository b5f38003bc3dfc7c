"""deploy/k8s: every manifest valid against the Kubernetes schemas, offline and strict (unknown
fields fail), and the pieces wired to each other and to the image (Dockerfile, gunicorn.conf.py)."""
from __future__ import annotations

import copy
import os
import re
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
K8S = ROOT / "deploy" / "k8s"
# The newest schemas kubernetes-validate 1.37.0 ships; `validate` would silently fall back to an
# older version's schemas if these were missing, which test_schemas_are_the_pinned_version catches.
KUBERNETES_VERSION = "1.37.0"

MANIFESTS = sorted(p.name for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml")


def documents(name: str) -> list[dict]:
    return [doc for doc in yaml.safe_load_all((K8S / name).read_text(encoding="utf-8")) if doc]


def resource(kind: str) -> dict:
    found = [doc for name in MANIFESTS for doc in documents(name) if doc["kind"] == kind]
    assert len(found) == 1, f"expected one {kind}, found {len(found)}"
    return found[0]


def validate(doc: dict) -> str:
    """The Kubernetes version validated against; a readable assertion error if invalid."""
    try:
        return kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
    except kubernetes_validate.ValidationError as exc:
        where = ".".join(str(part) for part in exc.path) or "(top level)"
        raise AssertionError(f"{doc['kind']}/{doc['metadata']['name']}: {where}: {exc.message}") from None


@pytest.fixture(scope="module")
def deployment() -> dict:
    return resource("Deployment")


@pytest.fixture(scope="module")
def pod(deployment) -> dict:
    return deployment["spec"]["template"]["spec"]


@pytest.fixture(scope="module")
def container(pod) -> dict:
    assert len(pod["containers"]) == 1
    return pod["containers"][0]


def dockerfile() -> str:
    return (ROOT / "Dockerfile").read_text(encoding="utf-8")


def container_port(container: dict) -> tuple[str, int]:
    (port,) = container["ports"]
    return port["name"], port["containerPort"]


def resolves_to_container_port(port, container: dict) -> bool:
    return port in container_port(container)


def env(container: dict) -> dict:
    return {item["name"]: item for item in container.get("env", [])}


def start_script(container: dict) -> str:
    return " ".join(container.get("command", []) + container.get("args", []))


# --- schemas ------------------------------------------------------------------------------------

def test_there_are_manifests_and_the_kustomization_lists_them_all():
    assert {"deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml"} <= set(MANIFESTS)
    kustomization = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert sorted(kustomization["resources"]) == MANIFESTS
    for name in MANIFESTS:
        assert len(documents(name)) == 1, f"{name}: one resource per file"


@pytest.mark.parametrize("name", MANIFESTS)
def test_manifest_is_valid_against_the_kubernetes_schemas(name):
    for doc in documents(name):
        validate(doc)


def test_schemas_are_the_pinned_version(deployment):
    assert validate(deployment) == "1.37"


BREAKAGES = {
    "a misspelt field": lambda d: d["spec"]["template"]["spec"]["containers"][0].update(
        livenesProbe={"httpGet": {"path": "/livez", "port": 8000}}),
    "a wrong type": lambda d: d["spec"]["template"]["spec"].update(terminationGracePeriodSeconds="45s"),
    "a missing required field": lambda d: d["spec"].pop("selector"),
    "an unknown field in a probe": lambda d: d["spec"]["template"]["spec"]["containers"][0][
        "readinessProbe"].update(path="/readyz"),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
def test_validation_rejects_a_broken_manifest(deployment, breakage):
    broken = copy.deepcopy(deployment)
    BREAKAGES[breakage](broken)
    with pytest.raises(AssertionError):
        validate(broken)


# --- the pod ------------------------------------------------------------------------------------

def test_container_port_is_the_dockerfiles_expose(container):
    exposed = re.search(r"^EXPOSE\s+(\d+)", dockerfile(), re.MULTILINE)
    assert exposed and container_port(container)[1] == int(exposed.group(1))


def test_probes_point_at_livez_and_readyz_on_the_container_port(container):
    expected = {"startupProbe": "/readyz", "readinessProbe": "/readyz", "livenessProbe": "/livez"}
    for probe, path in expected.items():
        assert probe in container, f"no {probe}"
        http = container[probe]["httpGet"]
        assert http["path"] == path, probe
        assert resolves_to_container_port(http["port"], container), probe
        assert container[probe].get("timeoutSeconds", 1) >= 2, f"{probe}: a busy node needs more than 1 s"


def test_startup_probe_allows_for_model_loading(container):
    startup = container["startupProbe"]
    # Model loading takes ~5-15 s per worker on a busy node; allow well over that.
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 60


def test_liveness_is_more_patient_than_readiness(container):
    def window(probe):
        return container[probe]["periodSeconds"] * container[probe]["failureThreshold"]
    assert window("livenessProbe") > window("readinessProbe")


def test_runs_unprivileged_with_a_read_only_root(pod, container):
    uid = int(re.search(r"useradd\b.*--uid\s+(\d+)", dockerfile()).group(1))
    for context in (pod["securityContext"], container["securityContext"]):
        assert context["runAsNonRoot"] is True
        assert context["runAsUser"] == uid
        assert context["seccompProfile"] == {"type": "RuntimeDefault"}
    security = container["securityContext"]
    assert security["allowPrivilegeEscalation"] is False
    assert security["readOnlyRootFilesystem"] is True
    assert security["capabilities"]["drop"] == ["ALL"]


def test_the_service_writes_only_to_writable_places(pod, container):
    volumes = {v["name"]: v for v in pod["volumes"]}
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert "emptyDir" in volumes[mounts["/tmp"]]
    variables = env(container)
    assert variables["PROMETHEUS_MULTIPROC_DIR"]["value"].startswith("/tmp/")
    assert variables["HOME"]["value"] == "/tmp"  # gunicorn's control socket goes in $HOME/.gunicorn
    # gunicorn's heartbeat files (default: the system temp dir) go to a tmpfs.
    assert re.search(r"--worker-tmp-dir[ =](/dev/shm|/tmp)\b", start_script(container))


def test_resources_are_requested_and_workers_match_the_cpu_request(container):
    resources = container["resources"]
    assert {"cpu", "memory"} <= set(resources["requests"])
    assert "memory" in resources["limits"]
    assert parse_quantity(resources["limits"]["memory"]) >= parse_quantity(resources["requests"]["memory"])
    workers = env(container)["WEB_CONCURRENCY"]
    if "value" in workers:
        assert float(workers["value"]) == parse_quantity(resources["requests"]["cpu"])
    else:
        field = workers["valueFrom"]["resourceFieldRef"]
        assert field["resource"] == "requests.cpu" and str(field.get("divisor", "1")) == "1"
        assert field.get("containerName", container["name"]) == container["name"]


def parse_quantity(quantity) -> float:
    number, unit = re.fullmatch(r"([0-9.]+)([A-Za-z]*)", str(quantity)).groups()
    scale = {"": 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "Ki": 2 ** 10, "Mi": 2 ** 20, "Gi": 2 ** 30}
    return float(number) * scale[unit]


def gunicorn_setting(name: str) -> int:
    return int(re.search(rf"^{name}\s*=\s*(\d+)", (ROOT / "gunicorn.conf.py").read_text(encoding="utf-8"),
                         re.MULTILINE).group(1))


def test_termination_grace_outlasts_the_pre_stop_sleep_and_gunicorns_graceful_timeout(pod, container):
    graceful = gunicorn_setting("graceful_timeout")
    assert graceful == 30
    command = container["lifecycle"]["preStop"]["exec"]["command"]
    assert command[0] == "sleep"
    pre_stop = int(command[1])
    assert 1 <= pre_stop <= 10
    assert pod["terminationGracePeriodSeconds"] > graceful + pre_stop


def test_container_starts_the_images_gunicorn(container):
    entrypoint = re.search(r"^ENTRYPOINT\s+(\[.*\])", dockerfile(), re.MULTILINE).group(1)
    assert entrypoint == '["gunicorn", "-c", "gunicorn.conf.py"]'
    assert re.search(r"\bexec gunicorn -c gunicorn\.conf\.py\b", start_script(container))


def run_start_script(container: dict, tmp_path: Path, keys_present: bool) -> dict:
    """The container's start script with `gunicorn` stubbed: what NEWS_API_KEYS_FILE it sets."""
    mount = next(m["mountPath"] for m in container["volumeMounts"] if m["name"] == "api-keys")
    keys_dir = tmp_path / "api-keys"
    keys_dir.mkdir()
    if keys_present:
        (keys_dir / "keys").write_text("secret-key\n", encoding="utf-8")
    stub = tmp_path / "bin" / "gunicorn"
    stub.parent.mkdir()
    stub.write_text('#!/bin/sh\necho "keys=${NEWS_API_KEYS_FILE:-none} args=$*"\n', encoding="utf-8")
    stub.chmod(0o755)
    assert container["command"] == ["/bin/sh", "-c"]
    script = container["args"][0].replace(mount, str(keys_dir))
    environment = {k: v for k, v in os.environ.items() if k != "NEWS_API_KEYS_FILE"}
    environment["PATH"] = f"{stub.parent}:{environment.get('PATH', '/usr/bin:/bin')}"
    done = subprocess.run(["/bin/sh", "-c", script], env=environment, capture_output=True, text=True,
                          timeout=10, check=True)
    keys, args = re.fullmatch(r"keys=(\S+) args=(.*)\n", done.stdout).groups()
    return {"keys": keys, "args": args, "keys_dir": keys_dir}


@pytest.mark.parametrize("keys_present", [True, False], ids=["with the Secret", "without it"])
def test_api_keys_come_from_an_optional_secret_file(pod, container, tmp_path, keys_present):
    volume = next(v for v in pod["volumes"] if v["name"] == "api-keys")
    assert volume["secret"]["optional"] is True
    mount = next(m for m in container["volumeMounts"] if m["name"] == "api-keys")
    assert mount["readOnly"] is True
    started = run_start_script(container, tmp_path, keys_present)
    assert started["keys"] == (str(started["keys_dir"] / "keys") if keys_present else "none")
    assert started["args"].startswith("-c gunicorn.conf.py")


def test_prometheus_scrapes_the_metrics_endpoint(deployment, container):
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    assert annotations["prometheus.io/scrape"] == "true"
    assert annotations["prometheus.io/path"] == "/metrics"
    assert int(annotations["prometheus.io/port"]) == container_port(container)[1]


# --- how the resources refer to each other ------------------------------------------------------

def pod_labels(deployment: dict) -> dict:
    return deployment["spec"]["template"]["metadata"]["labels"]


def selects(selector: dict, labels: dict) -> bool:
    return bool(selector) and all(labels.get(key) == value for key, value in selector.items())


def test_deployment_selects_its_own_pods(deployment):
    selector = deployment["spec"]["selector"]
    assert set(selector) == {"matchLabels"}
    assert selects(selector["matchLabels"], pod_labels(deployment))
    # The HPA owns the replica count; a fixed one would be reset on every apply.
    assert "replicas" not in deployment["spec"]


def test_service_selects_the_pods_and_targets_the_container_port(deployment, container):
    service = resource("Service")
    assert service["spec"]["type"] == "ClusterIP"
    assert selects(service["spec"]["selector"], pod_labels(deployment))
    (port,) = service["spec"]["ports"]
    assert port["port"] == 80
    assert resolves_to_container_port(port["targetPort"], container)


def test_hpa_scales_the_deployment_on_cpu(deployment):
    hpa = resource("HorizontalPodAutoscaler")
    assert hpa["apiVersion"] == "autoscaling/v2"
    target = hpa["spec"]["scaleTargetRef"]
    assert (target["apiVersion"], target["kind"], target["name"]) == (
        "apps/v1", "Deployment", deployment["metadata"]["name"])
    assert 2 <= hpa["spec"]["minReplicas"] < hpa["spec"]["maxReplicas"]
    (metric,) = hpa["spec"]["metrics"]
    assert metric["resource"]["name"] == "cpu"
    assert 50 <= metric["resource"]["target"]["averageUtilization"] <= 90
    assert hpa["spec"]["behavior"]["scaleDown"]["stabilizationWindowSeconds"] >= 60


def test_pdb_covers_the_deployments_pods_and_leaves_one_serving(deployment):
    pdb = resource("PodDisruptionBudget")
    assert pdb["apiVersion"] == "policy/v1"
    assert selects(pdb["spec"]["selector"]["matchLabels"], pod_labels(deployment))
    assert pdb["spec"]["selector"]["matchLabels"] == deployment["spec"]["selector"]["matchLabels"]
    min_replicas = resource("HorizontalPodAutoscaler")["spec"]["minReplicas"]
    if "maxUnavailable" in pdb["spec"]:
        assert pdb["spec"]["maxUnavailable"] < min_replicas
    else:
        assert 1 <= pdb["spec"]["minAvailable"] < min_replicas


@pytest.mark.skipif(shutil.which("kubectl") is None, reason="kubectl (for its built-in kustomize) not installed")
def test_kustomize_renders_every_resource():
    done = subprocess.run(["kubectl", "kustomize", str(K8S)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    rendered = [doc for doc in yaml.safe_load_all(done.stdout) if doc]
    assert sorted(doc["kind"] for doc in rendered) == sorted(
        doc["kind"] for name in MANIFESTS for doc in documents(name))
    for doc in rendered:
        validate(doc)
