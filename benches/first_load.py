#!/usr/bin/env python3
"""How long a signed-in youth worker waits for "Log a session" on a phone on mobile data.

Drives headless Chromium through chromedriver's WebDriver HTTP API (and its Chrome DevTools
Protocol passthrough for the network emulation), with nothing to install beyond Debian's
chromium and chromium-driver. Usage: first_load.py BASE_URL RUNS.

The network is Chrome DevTools' "Fast 3G" preset: 1.6 Mbit/s down and 750 kbit/s up, each
× 0.9, and 150 ms × 3.75 of latency. "Usable" is the moment the form offers the worker's
activities and its save button, read as `performance.now()` (milliseconds since the
navigation started). Cold: everything the app keeps on the device is forgotten first but the
sign-in; warm: loaded again as it is.
"""

import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

FAST_3G = {
    "offline": False,
    "latency": 150 * 3.75,
    "downloadThroughput": 1.6 * 1000 * 1000 / 8 * 0.9,
    "uploadThroughput": 0.75 * 1000 * 1000 / 8 * 0.9,
}
WORKER = ("worker@demo.logbook.example", "demo-logbook-2026")
READY = """
    const activities = document.querySelectorAll('#session-activity option').length;
    return activities > 1 && document.querySelector('#save-session') !== null
        ? performance.now() : null;
"""
TRANSFERRED = """
    const entries = [...performance.getEntriesByType('navigation'),
                     ...performance.getEntriesByType('resource')];
    const api = entries.filter(e => new URL(e.name).pathname.startsWith('/api/'));
    const files = entries.filter(e => !new URL(e.name).pathname.startsWith('/api/'));
    const sum = list => list.reduce((total, e) => total + e.transferSize, 0);
    return [sum(files), sum(api), files.concat(api).map(e => [new URL(e.name).pathname + new URL(e.name).search,
                                           e.transferSize,
                                           e.startTime, e.responseEnd])];
"""


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Chromium:
    """One headless Chromium with its own profile, driven over WebDriver."""

    def __init__(self):
        port = free_port()
        self.driver = subprocess.Popen(
            ["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.base = f"http://127.0.0.1:{port}"
        self.profile = tempfile.TemporaryDirectory()
        options = {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=390,844",
                f"--user-data-dir={self.profile.name}",
            ],
        }
        for _ in range(100):
            try:
                answer = self.call("POST", "/session", {
                    "capabilities": {"alwaysMatch": {"goog:chromeOptions": options}}
                })
                self.session = answer["value"]["sessionId"]
                return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("chromedriver did not start")

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=120) as answer:
            return json.load(answer)

    def command(self, method, path, body=None):
        return self.call(method, f"/session/{self.session}{path}", body)["value"]

    def goto(self, url):
        self.command("POST", "/url", {"url": url})

    def run(self, script):
        return self.command("POST", "/execute/sync", {"script": script, "args": []})

    def devtools(self, command, params):
        return self.command("POST", "/goog/cdp/execute", {"cmd": command, "params": params})

    def element(self, css):
        for _ in range(400):
            try:
                found = self.command("POST", "/element", {"using": "css selector", "value": css})
                return next(iter(found.values()))
            except urllib.error.HTTPError:
                time.sleep(0.05)
        raise SystemExit(f"{css} never appeared")

    def type(self, css, text):
        self.command("POST", f"/element/{self.element(css)}/value", {"text": text})

    def click(self, css):
        self.command("POST", f"/element/{self.element(css)}/click", {})

    def quit(self):
        try:
            self.call("DELETE", f"/session/{self.session}")
        finally:
            self.driver.terminate()
            self.driver.wait()
            self.profile.cleanup()


def usable_after(browser, url):
    """Loads `url` and waits for the form: its time to usable (ms) and the bytes moved."""
    browser.goto(url)
    deadline = time.time() + 120
    while time.time() < deadline:
        ready = browser.run(READY)
        if ready is not None:
            files, api, each = browser.run(TRANSFERRED)
            return ready, files, api, each
        time.sleep(0.02)
    raise SystemExit("the form never became usable")


def settled(browser):
    """Waits until the service worker the first load set up runs the page, as it does by the
    next visit."""
    deadline = time.time() + 60
    while not browser.run("return navigator.serviceWorker.controller !== null;"):
        if time.time() > deadline:
            raise SystemExit("the service worker never took over")
        time.sleep(0.1)


def forget_the_app(browser, base):
    """Cold: everything the app keeps on the device is gone (the browser's cache, the service
    worker and its copies, the answers the app keeps) but the sign-in itself."""
    browser.devtools("Network.clearBrowserCache", {})
    browser.devtools("Storage.clearDataForOrigin", {
        "origin": base, "storageTypes": "cache_storage,service_workers",
    })
    browser.run("""
        Object.keys(localStorage).filter(key => key.startsWith('logbook.kept.'))
            .forEach(key => localStorage.removeItem(key));
        return true;
    """)


def main():
    base, runs = sys.argv[1], int(sys.argv[2])
    cold, warm = [], []
    for _ in range(runs):
        browser = Chromium()
        try:
            browser.goto(f"{base}/login")
            browser.type("#email", WORKER[0])
            browser.type("#password", WORKER[1])
            browser.click("button[type=submit]")
            browser.element("#session-activity option:nth-child(2)")
            browser.devtools("Network.enable", {})
            browser.devtools("Network.emulateNetworkConditions", FAST_3G)
            forget_the_app(browser, base)
            cold.append(usable_after(browser, f"{base}/log"))
            settled(browser)
            warm.append(usable_after(browser, f"{base}/log"))
        finally:
            browser.quit()

    def line(name, measured):
        times = [m[0] for m in measured]
        files = statistics.median(m[1] for m in measured)
        api = statistics.median(m[2] for m in measured)
        print(f"{name:>5}: usable after {statistics.median(times) / 1000:.2f} s "
              f"(min {min(times) / 1000:.2f}, max {max(times) / 1000:.2f}); "
              f"app files {files / 1000:.0f} KB, API {api / 1000:.1f} KB transferred")

    print("Fast 3G: 1.44 Mbit/s down, 0.675 Mbit/s up, 562.5 ms latency")
    line("cold", cold)
    line("warm", warm)
    for name, measured in (("cold", cold), ("warm", warm)):
        print(f"{name}, request by request (bytes transferred, started and done in ms):")
        for path, size, started, done in measured[-1][3]:
            print(f"  {size:>9,}  {started:>6.0f} {done:>6.0f}  {path}")


if __name__ == "__main__":
    main()
