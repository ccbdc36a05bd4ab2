#!/usr/bin/env python3
"""Benchmark homepage against Hugo and Jekyll on the same academic corpus, in one run.

    bench/run.py [--sizes 100,1000,10000] [--runs 5] [--engines homepage,quick,cached,inprocess,serve,hugo,jekyll]
                 [--one-page] [--out FILE]

For each size it writes the corpus with ../shared/bench/make_corpus.py (format homepage for homepage, hugo and
jekyll with their minimal themes from ../shared/bench/themes/), then times, alternating engines within each round
so that the machine's load hits them alike:
  homepage   `mvnw homepage:generate` end to end, from a cold start: a new JVM inside Maven, a fresh output
             folder and no cache, as a first build;
  quick      the same, with the JVM options of a project made by the archetype (its .mvn/jvm.config);
  cached     the same goal run again on the same output and cache folders, as every later build of a project
             (the cache under target/ holds the rendered bodies of the last run);
  hugo       `hugo --source DIR --destination OUT`, where the hugo command is installed;
  jekyll     `jekyll build --source DIR --destination OUT`, where the jekyll command is installed.
Then, in one warm JVM (bench/InProcess.java):
  inprocess  full builds by a new generator each time, into fresh output folders;
  serve      rebuilds as `homepage:serve` does them after a save: one post given a new paragraph ("edit"), and
             one post saved unchanged ("no-op").
With --one-page, it first times the site most researchers have: one about page in the shape of a real
AcadHomepage site (bench/acadhomepage/: a long page, news, paper boxes with raster images, Liquid), as a first
build (fresh output and cache folders) and as every later build (the output and cache of the last build kept),
against the same goal with -Dhomepage.skip, which is Maven's own start-up; the difference is homepage's own work,
the median of the rounds' differences. Where Jekyll is installed it builds the same folder, which holds no Jekyll
theme: its figure is a floor, not the same work.
Whole-process runs are measured by ../shared/bench/timecmd.py (wall, CPU, peak memory of the largest process).
After each size, the ratio of homepage's cold build to Hugo's, where Hugo ran.
Prints a Markdown table; --out also writes it to a file. Build homepage first: ./mvnw -B install -DskipTests.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_BENCH = ROOT.parent / "shared" / "bench"
VERSION = "0.1.0-SNAPSHOT"
# The JVM options a project made by the archetype starts Maven with: the "quick" rows run with them.
QUICK_JVM_OPTIONS = " ".join((ROOT / "homepage-archetype" / "src" / "main" / "resources" / "archetype-resources"
                              / ".mvn" / "jvm.config").read_text().split())


def make_corpus(size, fmt, work):
    folder = work / f"corpus-{fmt}-{size}"
    if not folder.exists():
        subprocess.run([sys.executable, str(SHARED_BENCH / "make_corpus.py"), "--n", str(size), "--out", str(folder),
                        "--format", fmt], check=True, stdout=subprocess.DEVNULL)
        theme = SHARED_BENCH / "themes" / fmt
        if theme.is_dir():
            shutil.copytree(theme, folder, dirs_exist_ok=True)
    return folder


def fresh_output_command(command, scratch):
    """A shell command that runs COMMAND with $OUT set to a new empty folder, so no run reuses an output."""
    return ["sh", "-c", f'OUT=$(mktemp -d -p "{scratch}") && exec {command}']


def timecmd(command, runs, log):
    result = subprocess.run([sys.executable, str(SHARED_BENCH / "timecmd.py"), "-n", str(runs), "--warmup", "0",
                             "--json", "--log", str(log), "--"] + command, check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def page_count(outputs):
    """The HTML files of one of the site folders among an engine's outputs (not its caches or staging folders)."""
    site = next(folder for folder in sorted(Path(outputs).iterdir())
                if folder.is_dir() and not folder.name.endswith(".cache") and not folder.name.startswith("."))
    return sum(1 for _ in site.rglob("*.html"))


def core_classpath(work):
    classpath_file = work / "classpath.txt"
    subprocess.run([str(ROOT / "mvnw"), "-B", "-q", "-pl", "homepage-core", "dependency:build-classpath",
                    f"-Dmdep.outputFile={classpath_file}"], cwd=ROOT, check=True)
    jar = ROOT / "homepage-core" / "target" / f"homepage-core-{VERSION}.jar"
    return f"{jar}{os.pathsep}{classpath_file.read_text().strip()}"


def engine_commands(size, engines, work, scratch):
    """The whole-process command of each engine that is asked for and installed, and the folder of its outputs."""
    generate = (f'"{ROOT / "mvnw"}" -B -q -o dev.homepage:homepage-maven-plugin:{VERSION}:generate '
                '-Dhomepage.sourceDirectory="{corpus}" -Dhomepage.outputDirectory="$OUT" '
                '-Dhomepage.cacheDirectory="$OUT.cache"')
    templates = {
        "homepage": generate,
        "quick": f'env MAVEN_OPTS="{QUICK_JVM_OPTIONS}" {generate}',
        "cached": generate,
        "hugo": 'hugo --quiet --source "{corpus}" --destination "$OUT"',
        "jekyll": 'jekyll build --quiet --source "{corpus}" --destination "$OUT"',
    }
    commands = {}
    for name, template in templates.items():
        if name in engines and (name in ("homepage", "quick", "cached") or shutil.which(name)):
            outputs = scratch / name
            outputs.mkdir(parents=True, exist_ok=True)
            corpus = make_corpus(size, name if name in ("hugo", "jekyll") else "homepage", work)
            command = template.replace("{corpus}", str(corpus))
            if name == "cached":
                # One output and cache folder for every run, primed by a first, untimed run.
                fixed = ["sh", "-c", f'OUT="{outputs / "site"}" && exec {command}']
                subprocess.run(fixed, check=True)
                commands[name] = (fixed, outputs)
            else:
                commands[name] = (fresh_output_command(command, outputs), outputs)
    return commands


def one_page(runs, work, rows):
    """The AcadHomepage-shaped one-page site: homepage's goal, the goal skipped, and Jekyll, alternating."""
    site = work / "acadhomepage"
    if not site.exists():
        subprocess.run(["java", str(ROOT / "bench" / "acadhomepage" / "MakeSite.java"), str(site)], cwd=ROOT,
                       check=True)
    scratch = work / "out-one-page"
    scratch.mkdir(parents=True, exist_ok=True)
    goal = (f'"{ROOT / "mvnw"}" -B -q -o dev.homepage:homepage-maven-plugin:{VERSION}:generate '
            f'-Dhomepage.sourceDirectory="{site}" -Dhomepage.outputDirectory="$OUT" -Dhomepage.cacheDirectory="$OUT.cache"')
    kept = ["sh", "-c", f'OUT="{scratch / "kept"}" && exec {goal}']
    subprocess.run(kept, check=True, stdout=subprocess.DEVNULL)
    quick = f'env MAVEN_OPTS="{QUICK_JVM_OPTIONS}" {goal}'
    quick_kept = ["sh", "-c", f'OUT="{scratch / "kept"}" && exec {quick}']
    commands = {"homepage": fresh_output_command(goal, scratch),
                "homepage, cache kept": kept,
                "homepage, goal skipped": fresh_output_command(goal + " -Dhomepage.skip", scratch),
                "quick": fresh_output_command(quick, scratch),
                "quick, cache kept": quick_kept,
                "quick, goal skipped": fresh_output_command(quick + " -Dhomepage.skip", scratch)}
    if shutil.which("jekyll"):
        # The folder holds no layouts of a Jekyll theme: Jekyll's figure is a floor, not the same work.
        commands["jekyll, no theme"] = fresh_output_command(
            f'jekyll build --quiet --source "{site}" --destination "$OUT"', scratch)
    samples = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(timecmd(command, 1, work / "one-page.log"))
    walls = {}
    for name, runs_of_engine in samples.items():
        walls[name] = statistics.median(r["wall"]["median"] for r in runs_of_engine)
        cpu = statistics.median(r["cpu"]["median"] for r in runs_of_engine)
        peak = statistics.median(r["peak_mib"]["median"] for r in runs_of_engine)
        rows.append(f"| 1 page | {name} | | {walls[name]:.2f} | {cpu:.2f} | {peak:.0f} | |")
        print(rows[-1], flush=True)
    for engine in ("homepage", "quick"):
        for build, label in ((engine, "first build"), (engine + ", cache kept", "cache kept")):
            own = statistics.median(a["wall"]["median"] - b["wall"]["median"]
                                    for a, b in zip(samples[build], samples[engine + ", goal skipped"]))
            rows.append(f"| 1 page | {engine}'s own work, {label} (generate − skipped) | | {own:.2f} | | | |")
            print(rows[-1], flush=True)


def in_process(mode, size, runs, work, scratch, classpath):
    corpus = make_corpus(size, "homepage", work)
    warmups = 3 if mode == "full" else 10
    timed = runs if mode == "full" else max(runs, 20)
    result = subprocess.run(["java", "-cp", classpath, str(ROOT / "bench" / "InProcess.java"), mode, str(corpus),
                             str(scratch), str(warmups), str(timed)], check=True, capture_output=True, text=True)
    fields = dict(item.split("=") for item in result.stdout.split())
    return float(fields["median"]), int(fields["pages"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--engines", default="homepage,quick,cached,inprocess,serve,hugo,jekyll")
    parser.add_argument("--one-page", action="store_true",
                        help="also time the AcadHomepage-shaped one-page site (bench/acadhomepage/)")
    parser.add_argument("--work", help="where corpora and outputs go (default: a new temporary folder)")
    parser.add_argument("--out", help="also write the table to this file")
    args = parser.parse_args()
    engines = args.engines.split(",")
    work = Path(args.work or tempfile.mkdtemp(prefix="homepage-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    classpath = core_classpath(work) if "inprocess" in engines or "serve" in engines else None

    rows = ["| items | engine | pages | wall median (s) | CPU median (s) | peak memory (MiB) | pages/s |",
            "|---:|---|---:|---:|---:|---:|---:|"]
    if args.one_page:
        one_page(args.runs, work, rows)
    for size in (int(s) for s in args.sizes.split(",") if s):
        scratch = work / f"out-{size}"
        commands = engine_commands(size, engines, work, scratch)
        # Round-robin: each round runs every engine once, so a burst of load on the machine hits all of them.
        samples = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, _) in commands.items():
                samples[name].append(timecmd(command, 1, work / f"{name}.log"))
        for name, runs in samples.items():
            wall = statistics.median(r["wall"]["median"] for r in runs)
            cpu = statistics.median(r["cpu"]["median"] for r in runs)
            peak = statistics.median(r["peak_mib"]["median"] for r in runs)
            pages = page_count(commands[name][1])
            rows.append(f"| {size} | {name} | {pages} | {wall:.2f} | {cpu:.2f} | {peak:.0f} | {pages / wall:.0f} |")
            print(rows[-1], flush=True)
        for engine in ("homepage", "quick"):
            if engine in samples and "hugo" in samples:
                # Round by round, so that both builds of a ratio met the same load.
                ratio = statistics.median(a["wall"]["median"] / b["wall"]["median"]
                                          for a, b in zip(samples[engine], samples["hugo"]))
                rows.append(f"| {size} | {engine} / hugo, cold (median of the rounds' ratios) | | {ratio:.2f} | | | |")
                print(rows[-1], flush=True)
        in_process_rows = [("inprocess", "full", "homepage in-process, full build (warm JVM)"),
                           ("serve", "edit", "homepage serve, one post edited"),
                           ("serve", "noop", "homepage serve, one post saved unchanged")]
        for engine, mode, label in in_process_rows:
            if engine in engines:
                wall, pages = in_process(mode, size, args.runs, work, Path(tempfile.mkdtemp(dir=work)), classpath)
                throughput = f"{pages / wall:.0f}" if mode == "full" else ""
                rows.append(f"| {size} | {label} | {pages} | {wall:.3f} | | | {throughput} |")
                print(rows[-1], flush=True)
    table = "\n".join(rows)
    print()
    print(table)
    if args.out:
        Path(args.out).write_text(table + "\n")


if __name__ == "__main__":
    main()
