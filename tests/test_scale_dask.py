"""Scale-out on real Dask clusters: the same output as one process, even when a worker dies.

Kept small for a shared 2-core machine: 7 short articles, 2 workers with 1 thread each.
Every process started here is bounded (idle and death timeouts) and killed at the end.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline import scale
from dateline.record import Extraction
from tests.scale_helpers import assert_complete, assert_same_output, write_corpus
from tests.test_extract_crash import GOOD, assert_crash_error, crash_settings, write_crash_corpus

distributed = pytest.importorskip("distributed")

pytestmark = [pytest.mark.slow, pytest.mark.model]
PUBLISHED = "2018-12-26"
DASK = str(Path(sys.executable).with_name("dask"))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def reference(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> str:
    """The single-process output of the same corpus."""
    output = str(tmp_path_factory.mktemp("scale") / "local")
    scale.run(corpus, output, engine="local", partition_size=1, published=PUBLISHED)
    return output


def test_scale_local_cluster_output_is_the_single_process_output(
        corpus: list[str], reference: str, tmp_path: Path) -> None:
    output = str(tmp_path / "dask")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = scale.run(corpus, output, client=client, partition_size=1,
                            published=PUBLISHED)
    assert (summary.workers, summary.failed, summary.articles) == (2, 0, 7)
    assert_same_output(reference, output)
    assert_complete(output)


def test_scale_dask_crash_fails_only_its_article(tmp_path: Path) -> None:
    """On a Dask worker as in one process: spaCy refusing one article (see
    tests/test_extract_crash.py) makes an error row for it; the others are written."""
    corpus = write_crash_corpus(tmp_path / "corpus")
    output = str(tmp_path / "dask")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        summary = scale.run([str(corpus)], output, client=client, settings=crash_settings())
    assert (summary.failed, summary.articles, dict(summary.errors)) == (0, 3, {"DL502": 1})
    [error] = scale.iter_errors(output)
    assert_crash_error(error, str(corpus / "1.txt"))
    records: list[Extraction] = [r for r, _, _ in scale.iter_records(output)]
    assert sorted(r.article.text for r in records) == sorted(GOOD)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture()
def separate_cluster(tmp_path: Path) -> Iterator[tuple[str, list[subprocess.Popen[bytes]]]]:
    """`dask scheduler` and two `dask worker` processes (no nanny: a killed worker stays
    dead) on loopback. They stop themselves if this test is itself killed (scheduler idle
    timeout, worker lifetime), and are killed here anyway."""
    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = (tmp_path / "dask.log").open("wb")
    env = {**os.environ, "DASK_DISTRIBUTED__WORKER__DAEMON": "False"}
    procs = [subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
         "--no-dashboard", "--idle-timeout", "300"], stdout=logs, stderr=logs, env=env)]
    try:
        for _ in range(2):
            procs.append(subprocess.Popen(
                [DASK, "worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                 "--death-timeout", "60", "--lifetime", "600s", "--memory-limit", "0"],
                stdout=logs, stderr=logs, env=env))
        with distributed.Client(address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address, procs[1:]
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait(timeout=30)
        logs.close()


def test_scale_worker_killed_mid_run_loses_no_article(
        corpus: list[str], reference: str, tmp_path: Path,
        separate_cluster: tuple[str, list[subprocess.Popen[bytes]]]) -> None:
    address, workers = separate_cluster
    output = str(tmp_path / "dask")
    killed: list[int] = []

    with distributed.Client(address, timeout="60s") as watcher:
        pids: dict[str, int] = watcher.run(os.getpid)
        stop = threading.Event()

        def kill_a_busy_worker() -> None:
            """Once a partition is written, SIGKILL a worker that holds an extract task."""
            deadline = time.monotonic() + 180
            while not stop.is_set() and time.monotonic() < deadline:
                started = any(Path(output, "_tasks").glob("*.json"))
                busy = [addr for addr, keys in watcher.processing().items()
                        if any("dateline-extract" in str(k) for k in keys)]
                if started and busy:
                    os.kill(pids[busy[0]], signal.SIGKILL)
                    killed.append(pids[busy[0]])
                    return
                time.sleep(0.02)

        assassin = threading.Thread(target=kill_a_busy_worker, daemon=True)
        assassin.start()
        try:
            summary = scale.run(corpus, output, scheduler=address, partition_size=1,
                                published=PUBLISHED)
        finally:
            stop.set()
            assassin.join(timeout=30)
        assert killed, "no worker was busy to kill"
        assert len(watcher.scheduler_info(n_workers=-1)["workers"]) == 1
    victim: Any = next(p for p in workers if p.pid == killed[0])
    assert victim.wait(timeout=30) == -signal.SIGKILL
    assert (summary.failed, summary.articles) == (0, 7)
    assert_complete(output)
    assert_same_output(reference, output)
    leftovers = [p for p in Path(output).rglob(".*.tmp")]
    assert leftovers == []
