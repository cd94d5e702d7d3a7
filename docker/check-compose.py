"""CI: reads `docker-compose config` (the resolved compose file) on stdin and
checks what a deployment promises: the hub runs from its image with no source
mounted (named data volumes under /app/data only), MySQL is not published, every hub service is health-checked on
/readyz and restarted, Redis is there, and one subgraph runs two replicas."""
import sys
import yaml

compose = yaml.safe_load(sys.stdin)
services = compose["services"]
hub = ["secondary", "college", "enterprise", "gateway"]
problems = []

for name in hub + ["migrate"]:
    service = services[name]
    if "image" not in service or "build" not in service:
        problems.append(f"{name}: must run the built image")
    for volume in service.get("volumes", []):
        # A named volume for data under /app/data (the object store) is state, not code; anything else would shadow the image.
        source, target = (volume.get("source", ""), volume.get("target", "")) if isinstance(volume, dict) else (volume.split(":") + [""])[:2]
        named = source and not source.startswith((".", "/", "~"))
        if not (named and target.startswith("/app/data/")):
            problems.append(f"{name}: mounts {volume}; the hub runs the code in its image")
for name in hub:
    service = services[name]
    test = " ".join(service.get("healthcheck", {}).get("test", []))
    if "healthcheck.mjs" not in test:
        problems.append(f"{name}: no /readyz healthcheck")
    if service.get("restart") not in ("always", "unless-stopped", "on-failure"):
        problems.append(f"{name}: no restart policy")
if services["mysql"].get("ports"):
    problems.append("mysql: published on the host")
if "redis" not in services or "redis://redis" not in services["gateway"]["environment"].get("REDIS_URL", ""):
    problems.append("redis: missing, or the services do not use it")
if not any(services[name].get("deploy", {}).get("replicas", 1) >= 2 for name in hub[:3]):
    problems.append("no subgraph runs two replicas")

with open("docker/healthcheck.mjs") as script:
    if "/readyz" not in script.read():
        problems.append("docker/healthcheck.mjs does not ask /readyz")

if problems:
    print("docker-compose.yml:\n  " + "\n  ".join(problems))
    sys.exit(1)
print("docker-compose.yml: image-only services, /readyz healthchecks, restart policies, Redis, two college replicas, MySQL unpublished")
