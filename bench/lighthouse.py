#!/usr/bin/env python3
"""Lighthouse scores of generated sites, served as a static host serves them.

    bench/lighthouse.py [--runs 3] [--lighthouse PATH] [--out FILE] NAME=FOLDER:PAGE[,PAGE...] ...

Serves each FOLDER on the loopback address, as GitHub Pages does (gzip for text, `/dir/` answered by
`dir/index.html`), and runs Lighthouse (mobile, its default) on each PAGE of it RUNS times, in a new headless
Chromium each time. Prints, per page, the median score of each category (performance, accessibility, best
practices, SEO), the largest contentful paint and the bytes the page loaded; --out also writes them as JSON.

Lighthouse is not part of the build: install it outside the repository (`npm i -E lighthouse@12.2.3`) and pass
its `node_modules/.bin/lighthouse`, or have `lighthouse` on the PATH. Chromium is Debian's (`CHROME_PATH`, by
default /usr/bin/chromium). The machine's load changes the performance score by a few points from run to run:
compare medians, measured one after the other on the same machine.

Example, for the example site and the AcadHomepage-shaped benchmark site:

    java bench/acadhomepage/MakeSite.java /tmp/acad && ./mvnw -q dev.homepage:homepage-maven-plugin:0.1.0-SNAPSHOT:generate \\
        -Dhomepage.sourceDirectory=/tmp/acad -Dhomepage.outputDirectory=/tmp/acad-site
    bench/lighthouse.py example=example/target/homepage:/,/publications/,/search/ acadhomepage=/tmp/acad-site:/
"""
import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# As the machine notes say headless Chromium must start here: no sandbox (root), and none of the background
# connections that this machine's closed network refuses.
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")


class StaticHost(http.server.SimpleHTTPRequestHandler):
    """Plain static hosting with gzip for text, as GitHub Pages serves a site."""

    def send_head(self):
        path = self.translate_path(self.path)
        if os.path.isdir(path) and self.path.split("?")[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if (os.path.isfile(path) and path.endswith(COMPRESSED)
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            with open(path, "rb") as file:
                body = gzip.compress(file.read(), mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=600")
            self.end_headers()
            return _Body(body)
        return super().send_head()

    def log_message(self, *args):
        pass


class _Body:
    def __init__(self, data):
        self.data = data

    def read(self, *args):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


def serve(folder):
    handler = functools.partial(StaticHost, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def lighthouse(command, url, report):
    with tempfile.TemporaryDirectory() as profile:
        flags = " ".join(CHROME_FLAGS + [f"--user-data-dir={profile}"])
        subprocess.run([command, url, "--quiet", "--output=json", f"--output-path={report}",
                        "--only-categories=" + ",".join(CATEGORIES), f"--chrome-flags={flags}"],
                       check=True, env=dict(os.environ, CHROME_PATH=os.environ.get("CHROME_PATH", "/usr/bin/chromium")))
    result = json.loads(Path(report).read_text())
    scores = {name: round(result["categories"][name]["score"] * 100) for name in CATEGORIES}
    scores["lcp_ms"] = round(result["audits"]["largest-contentful-paint"]["numericValue"])
    scores["bytes"] = round(result["audits"]["total-byte-weight"]["numericValue"])
    scores["cls"] = round(result["audits"]["cumulative-layout-shift"]["numericValue"], 3)
    return scores


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sites", nargs="+", help="NAME=FOLDER:PAGE[,PAGE...]")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lighthouse", default=shutil.which("lighthouse") or "lighthouse")
    parser.add_argument("--out")
    args = parser.parse_args()
    results = {}
    print("| site | page | performance | accessibility | best practices | SEO | LCP | CLS | bytes |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as scratch:
        for site in args.sites:
            name, rest = site.split("=", 1)
            folder, pages = rest.rsplit(":", 1)
            server = serve(Path(folder))
            try:
                for page in pages.split(","):
                    url = f"http://127.0.0.1:{server.server_address[1]}{page}"
                    try:
                        runs = [lighthouse(args.lighthouse, url, Path(scratch) / "report.json")
                                for _ in range(args.runs)]
                    except subprocess.CalledProcessError:
                        print(f"| {name} | {page} | Lighthouse failed (no such page?) | | | | | | |", flush=True)
                        continue
                    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
                    median["runs"] = runs
                    results[f"{name}{page}"] = median
                    print(f"| {name} | {page} | {median['performance']:.0f} | {median['accessibility']:.0f} | "
                          f"{median['best-practices']:.0f} | {median['seo']:.0f} | {median['lcp_ms'] / 1000:.1f} s | "
                          f"{median['cls']} | {median['bytes'] / 1024:.0f} KiB |", flush=True)
            finally:
                server.shutdown()
    if args.out:
        Path(args.out).write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main())
