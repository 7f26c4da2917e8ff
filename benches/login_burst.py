"""Measures /me alone and during a burst of sign-ins (see benches/login-burst)."""

import http.client
import json
import statistics
import sys
import threading
import time
import uuid

PORT, SECONDS, THREADS = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
DEMO = {"email": "mentor@demo.logbook.example", "password": "demo-logbook-2026"}
# Sign-ins are throttled per address (30 a minute): each sign-in thread rotates through its
# own loopback addresses, and each attempt names a new unknown account (hashed all the same,
# so that an unknown e-mail takes as long as a known one).
PER_ADDRESS = 25


def call(method, path, body=None, token=None, source="127.0.0.1"):
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=60, source_address=(source, 0))
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    started = time.perf_counter()
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response.status, data, time.perf_counter() - started


def token():
    status, data, _ = call("POST", "/api/v1/auth/login", DEMO)
    assert status == 200, (status, data)
    return json.loads(data)["access_token"]


def measure_me(access, until, latencies, statuses):
    while time.perf_counter() < until:
        status, _, took = call("GET", "/api/v1/me", token=access)
        latencies.append(took)
        statuses.append(status)


def sign_in(index, until, statuses, latencies):
    attempt = 0
    while time.perf_counter() < until:
        address = f"127.0.{1 + index}.{2 + attempt // PER_ADDRESS % 250}"
        body = {"email": f"nobody-{uuid.uuid4().hex}@example.org", "password": "wrong password"}
        status, _, took = call("POST", "/api/v1/auth/login", body, source=address)
        statuses.append(status)
        latencies.append(took)
        attempt += 1


def run(burst, access):
    until = time.perf_counter() + SECONDS
    me_latencies, me_statuses, login_statuses, login_latencies = [], [], [], []
    workers = [threading.Thread(target=measure_me, args=(access, until, me_latencies, me_statuses)) for _ in range(4)]
    if burst:
        workers += [
            threading.Thread(target=sign_in, args=(index, until, login_statuses, login_latencies))
            for index in range(THREADS)
        ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return me_latencies, me_statuses, login_statuses, login_latencies


def quantile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def counts(statuses):
    return ", ".join(f"{status}: {statuses.count(status)}" for status in sorted(set(statuses)))


access = token()
alone, alone_statuses, _, _ = run(False, access)
during, during_statuses, logins, login_times = run(True, access)
print(f"/me alone:           {len(alone):6d} requests, p50 {quantile(alone, 0.5):7.1f} ms, p99 {quantile(alone, 0.99):7.1f} ms  ({counts(alone_statuses)})")
print(f"/me during burst:    {len(during):6d} requests, p50 {quantile(during, 0.5):7.1f} ms, p99 {quantile(during, 0.99):7.1f} ms  ({counts(during_statuses)})")
print(f"sign-ins in burst:   {len(logins):6d} attempts, {len(logins) / SECONDS:6.1f}/s, p50 {quantile(login_times, 0.5):7.1f} ms  ({counts(logins)})")
print(f"/me p50 during / alone: {quantile(during, 0.5) / quantile(alone, 0.5):.1f}x")
failures = [s for s in during_statuses + logins if s >= 500]
if failures or any(s != 200 for s in during_statuses):
    print(f"FAILED: {len(failures)} answers were 5xx; /me answered {counts(during_statuses)}")
    sys.exit(1)
print("no 5xx; /me answered 200 throughout")
