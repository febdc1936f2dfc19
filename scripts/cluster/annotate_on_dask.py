"""Runs the Kontakty CLI over a sharded JSON Lines input on a Dask cluster.

    python3 scripts/cluster/annotate_on_dask.py --scheduler tcp://HOST:8786 \
        --project /path/to/kontakty --out annotated.jsonl shard-000.jsonl shard-001.jsonl ...

Each shard is one task: a worker runs `annotate --jsonl --jobs N` of the project installed on it
(the same path on every worker, or --project per the workers' layout) with the shard on its
stdin, and returns its output. The driver writes the outputs in shard order, so the merged file is
what one process reading the shards one after another writes. A shard whose run fails (exit
status 2 or more, or a document the CLI reports as bad) is named on stderr and the exit status
is 1; the others are still written.

Shards are read by the workers, not sent by the driver: on a real cluster they sit on storage
every worker sees (a shared file system), as Dask's own readers expect.
"""
import argparse
import json
import subprocess
import sys

from distributed import Client, get_worker


def annotate_shard(shard: str, project: str, jobs: int) -> dict:
    """One shard through the CLI, on whichever worker Dask picks."""
    tsx = f"{project}/node_modules/.bin/tsx"
    with open(shard, "rb") as stdin:
        run = subprocess.run(
            [tsx, f"{project}/scripts/annotate.ts", "--jsonl", "--jobs", str(jobs)],
            stdin=stdin,
            capture_output=True,
            cwd=project,
            check=False,
        )
    return {"shard": shard, "worker": get_worker().name, "code": run.returncode, "out": run.stdout, "err": run.stderr.decode("utf-8", "replace")}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--scheduler", required=True, help="the scheduler's address, tcp://HOST:PORT")
    p.add_argument("--project", required=True, help="the project's folder on the workers")
    p.add_argument("--out", required=True, help="where the merged JSON Lines go")
    p.add_argument("--jobs", type=int, default=1, help="worker threads of the CLI per task")
    p.add_argument("--report", help="writes which worker ran each shard here (JSON)")
    p.add_argument("shards", nargs="+")
    a = p.parse_args()
    failed = 0
    with Client(a.scheduler) as client:
        futures = client.map(annotate_shard, a.shards, project=a.project, jobs=a.jobs, pure=False)
        # Gathered in submission order: the merged output follows the shards' order.
        results = client.gather(futures)
    workers = {r["worker"] for r in results}
    with open(a.out, "wb") as out:
        for r in results:
            out.write(r["out"])
            if r["code"] != 0:
                failed += 1
                sys.stderr.write(f"{r['shard']}: exit {r['code']}\n{r['err']}")
    if a.report:
        with open(a.report, "w", encoding="utf-8") as f:
            json.dump({r["shard"]: r["worker"] for r in results}, f, indent=1)
    sys.stderr.write(f"{len(a.shards)} shards on {len(workers)} workers, {failed} failed\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
