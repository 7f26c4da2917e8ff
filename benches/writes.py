#!/usr/bin/env python3
"""Writes per second (issue 18, item 4): session creates and first check-ins with wrk, at 8,
64 and 256 connections, against a running server, with `/healthz` as the ceiling.

Usage: writes.py BASE_URL DATABASE SECONDS [PRELOAD]
  DATABASE: the SQLite file or the PostgreSQL URL the server uses (to count sessions).
  PRELOAD: grow the youth worker's activity to this many times its sessions first (the
  "large" database), writing through the API itself.
Prints one line per run: what, connections, answers per second (all, and 2xx only), p50 and
p99 (ms), answers by class.
"""

import json
import os
import sqlite3
import subprocess
import sys
import urllib.request

WORKER = ("worker@demo.logbook.example", "demo-logbook-2026")
ADMIN = "mentor@demo.logbook.example"
CONNECTIONS = (8, 64, 256)
SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "writes.lua")


def call(base, method, path, token=None, body=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as answer:
        text = answer.read()
        return json.loads(text) if text else None


def sessions_in(database):
    if database.startswith("postgres"):
        out = subprocess.run(["psql", "-tA", database, "-c", "SELECT COUNT(*) FROM sessions"],
                             capture_output=True, text=True, check=True).stdout
        return int(out.strip())
    with sqlite3.connect(database) as db:
        return db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]


def wrk(base, connections, seconds, path, args):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
               "-s", SCRIPT, base + path, "--", *args]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    found = {}
    for line in out.splitlines():
        if line.startswith("RATE"):
            found["rate"] = float(line.split()[1])
        elif line.startswith(("ANSWERS", "LATENCY")):
            for part in line.split()[1:]:
                key, _, value = part.partition("=")
                found[key] = float(value)
    return found


def main():
    base, database, seconds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    preload = float(sys.argv[4]) if len(sys.argv) > 4 else 0
    token = call(base, "POST", "/api/v1/auth/login",
                 body={"email": WORKER[0], "password": WORKER[1]})["access_token"]
    activities = call(base, "GET", "/api/v1/activities?archived=false&limit=200", token)["items"]
    activity = next(a for a in activities if a["kind"] == "open")["id"]
    offset = 10_000_000 * (1 + int(preload))

    if preload:
        target = int(sessions_in(database) * preload)
        while sessions_in(database) < target:
            wrk(base, 64, 10, "/", ["sessions", token, "2", str(activity), str(offset)])
            offset += 1_000_000
        print(f"preloaded: {sessions_in(database):,} sessions")

    # Sessions and aliases for the check-ins: every (session, alias) pair is one first check-in.
    day = "2026-06-15"
    session_ids = []
    for number in range(2000):
        request = urllib.request.Request(
            base + "/api/v1/sessions", method="POST",
            data=json.dumps({
                "activity_id": activity, "date": day, "start_time": "18:00",
                "end_time": "21:00", "attendance": [], "youth_led": False,
                "youth_producers": 0, "staff_count": 1, "volunteer_count": 0, "notes": "",
            }).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}",
                     "Idempotency-Key": f"check-in-sessions-{offset}-{number}"})
        with urllib.request.urlopen(request, timeout=60) as answer:
            session_ids.append(str(json.load(answer)["id"]))
    # Aliases: the demo's, and 25 more from each of two accounts (staff may register 30 a
    # minute).
    admin = call(base, "POST", "/api/v1/auth/login",
                 body={"email": ADMIN, "password": WORKER[1]})["access_token"]
    aliases = [item["alias"] for item in
               call(base, "GET", "/api/v1/aliases?limit=200", admin)["items"]]
    for number in range(50):
        alias = f"Bench{offset // 1_000_000}x{number}"
        call(base, "POST", "/api/v1/aliases", [token, admin][number % 2], {
            "alias": alias, "birth_year": 2010, "gender": ["girl", "boy"][number % 2],
            "pin": None, "guardian_confirmed": True,
        })
        aliases.append(alias)

    print(f"sessions in the database: {sessions_in(database):,}")
    print(f"{'what':<12} {'conns':>5} {'per s':>8} {'ok/s':>8} {'p50 ms':>8} {'p99 ms':>8}  answers")
    pairs = 0
    for connections in CONNECTIONS:
        runs = [
            ("/healthz", "/healthz", ["healthz", token, "2"]),
            ("sessions", "/", ["sessions", token, "2", str(activity), str(offset)]),
            ("check-ins", "/", ["check-ins", token, "2", ",".join(session_ids), ",".join(aliases),
                                str(pairs)]),
        ]
        for name, path, args in runs:
            found = wrk(base, connections, seconds, path, args)
            print(f"{name:<12} {connections:>5} {found['rate']:>8,.0f} "
                  f"{found['ok'] / seconds:>8,.0f} {found['p50']:>8.1f} "
                  f"{found['p99']:>8.1f}  ok {found['ok']:,.0f}, 4xx {found['client']:,.0f}, "
                  f"5xx {found['server']:,.0f}", flush=True)
            if name == "sessions":
                offset += 1_000_000
            if name == "check-ins":
                pairs += int(found["ok"] + found["client"] + found["server"]) + 1000
    if pairs > len(session_ids) * len(aliases):
        print("note: more check-ins than pairs; the last ones answered an earlier check-in")


if __name__ == "__main__":
    main()
