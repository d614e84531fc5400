#!/usr/bin/env python3
"""Hardening figures on loopback: N idle TCP connections against the API's connection limit, then the
introspection amplification request. Usage: hardening.py PORT PID [N]. Every loop is bounded."""
import json, socket, sys, time, urllib.request

port, pid = int(sys.argv[1]), int(sys.argv[2])
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
base = f"http://127.0.0.1:{port}"

def rss_mib():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return -1

def fds():
    import os
    return len(os.listdir(f"/proc/{pid}/fd"))

def healthz(timeout=5):
    try:
        with urllib.request.urlopen(base + "/healthz", timeout=timeout) as r:
            return r.status
    except Exception as e:
        return type(e).__name__

import resource
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
print(f"before: rss {rss_mib():.0f} MiB, fds {fds()}, healthz {healthz()}")
socks, failed = [], 0
t0 = time.time()
for i in range(n):
    try:
        s = socket.socket()
    except OSError:
        print(f"the client ran out of descriptors after {len(socks)} connections")
        break
    s.settimeout(5)
    try:
        s.connect(("127.0.0.1", port))
        socks.append(s)
    except OSError:
        failed += 1
        s.close()
print(f"opened {len(socks)} idle connections ({failed} failed) in {time.time()-t0:.1f} s")
time.sleep(3)
closed = 0
for s in socks:
    s.setblocking(False)
    try:
        if s.recv(1) == b"":
            closed += 1
    except BlockingIOError:
        pass
    except OSError:
        closed += 1
print(f"after 3 s: server closed {closed}, open {len(socks)-closed}; rss {rss_mib():.0f} MiB, fds {fds()}, healthz {healthz()}")
deadline = time.time() + 120
while time.time() < deadline and healthz() != 200:
    time.sleep(1)
print(f"healthz 200 again after {time.time()-t0:.0f} s from the first connect (idle ones still held by the client); rss {rss_mib():.0f} MiB, fds {fds()}")
for s in socks:
    s.close()

frag = "fragment S on __Schema { types { name kind description fields(includeDeprecated: true) { name description args { name description type { name kind ofType { name kind ofType { name kind } } } } type { name kind ofType { name kind ofType { name kind } } } } inputFields { name description type { name kind ofType { name kind } } } enumValues { name description } } }"
def post(query):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request(base + "/graphql", body, {"Content-Type": "application/json"})
    t = time.time()
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            data = r.read(); status = r.status
    except urllib.error.HTTPError as e:
        data = e.read(); status = e.code
    return status, len(body), len(data), time.time() - t, data[:160]
one = post("query { __schema { ...S } } " + frag)
print(f"one full introspection: status {one[0]}, request {one[1]} B, answer {one[2]} B, {one[3]*1000:.0f} ms")
aliases = " ".join(f"a{i}: __schema {{ ...S }}" for i in range(200))
many = post("query { " + aliases + " } " + frag)
print(f"200 aliases: status {many[0]}, request {many[1]} B, answer {many[2]} B, {many[3]*1000:.0f} ms: {many[4]!r}")
print(f"end: rss {rss_mib():.0f} MiB")
