"""Real processes: kill -9 in the middle of saves, and several writers at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from tuiread.model import Annotation
from tuiread.store import open_store

SAVER = textwrap.dedent(
    """
    import sys
    from tuiread.model import Annotation, Selector
    from tuiread.store import open_store

    tag, count = sys.argv[1], int(sys.argv[2])
    store = open_store()
    store._annotations_db.durable.compact_every = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    text = "Some article text with enough words to select a passage from. " * 20
    print("ready", flush=True)
    i = 0
    while count < 0 or i < count:
        a = Annotation.new("art-" + tag, note=f"{tag} {i} " + "x" * (i % 300), tags=[tag],
                           selector=Selector.from_text(text, i % 500, i % 500 + 10))
        store.annotations.save(a)
        print(a.id, flush=True)
        i += 1
    store.close()
    """
)


def _spawn(home: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, TUIREAD_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, "-c", SAVER, *args], stdout=subprocess.PIPE, text=True, env=env, bufsize=1
    )


def _kill_mid_stream(home: Path, acknowledged_before_kill: int, compact_every: str) -> set[str]:
    proc = _spawn(home, "k", "-1", compact_every)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    acked: set[str] = set()
    while len(acked) < acknowledged_before_kill:
        line = proc.stdout.readline().strip()
        assert line, "the saver stopped early"
        acked.add(line)
    os.kill(proc.pid, signal.SIGKILL)
    rest = proc.stdout.read()  # ids printed (acknowledged) before the kill landed
    acked.update(x for x in rest.split() if x)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return acked


def test_kill_9_mid_stream_loses_nothing_acknowledged(home: Path) -> None:
    acked = _kill_mid_stream(home, 300, "2000")
    store = open_store(home)
    have = {a.id for a in store.annotations.all()}
    assert acked <= have
    store.close()


def test_kill_9_with_frequent_compactions(home: Path) -> None:
    acked = _kill_mid_stream(home, 400, "25")
    store = open_store(home)
    assert acked <= {a.id for a in store.annotations.all()}
    store.close()
    # and a second kill on the recovered library
    more = _kill_mid_stream(home, 100, "30")
    store = open_store(home)
    assert (acked | more) <= {a.id for a in store.annotations.all()}
    store.close()


def test_two_processes_saving_at_once_lose_nothing(home: Path) -> None:
    open_store(home).close()
    procs = [_spawn(home, tag, "200", "70") for tag in ("p1", "p2")]
    outputs = [p.communicate(timeout=120)[0].split() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    acked = {x for out in outputs for x in out if x != "ready"}
    assert len(acked) == 400
    store = open_store(home)
    have = store.annotations.all()
    assert {a.id for a in have} == acked
    assert store.annotations.tags() == {"p1": 200, "p2": 200}
    store.close()


def test_app_and_cli_at_once(home: Path) -> None:
    """A long-lived store (the app) and another process (the CLI) both write; each sees the other."""
    app = open_store(home)
    mine = Annotation.new("art", note="from the app")
    app.annotations.save(mine)
    proc = _spawn(home, "cli", "50", "20")
    theirs = {x for x in proc.communicate(timeout=60)[0].split() if x != "ready"}
    app.annotations.save(Annotation.new("art", note="app again"))
    assert theirs <= {a.id for a in app.annotations.all()}
    app.refresh()
    assert len(app.annotations.all()) == 52
    app.close()
    final = open_store(home)
    assert len(final.annotations.all()) == 52
    final.close()


TAGGER = textwrap.dedent(
    """
    import sys
    from tuiread.store import open_store

    store = open_store()
    for i in range(40):
        store.annotations.set_article_tags("shared", [sys.argv[1], f"n{i % 3}"])
    store.close()
    """
)


def test_two_processes_setting_article_tags_keep_one_holder(home: Path) -> None:
    open_store(home).close()
    env = dict(os.environ, TUIREAD_HOME=str(home))
    procs = [
        subprocess.Popen([sys.executable, "-c", TAGGER, tag], env=env) for tag in ("left", "right")
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    store = open_store(home)
    holders = [a for a in store.annotations.for_article("shared") if a.motivation == "tagging"]
    assert len(holders) == 1
    assert holders[0].tags[0] in ("left", "right") and len(holders[0].tags) == 2
    store.close()


ADDER = textwrap.dedent(
    """
    import sys
    from tuiread.model import Article
    from tuiread.store import open_store

    tag = sys.argv[1]
    store = open_store()
    for i in range(60):
        aid = f"{tag}{i:014d}"
        store.library.add(Article(id=aid, title=f"{tag} article {i}", text=f"text {i}"))
        store.library.set_state(aid, position=i)
        store.library.set_state("shared000000000", position=i)
    store.close()
    """
)


def test_two_processes_adding_articles_lose_nothing(home: Path) -> None:
    from tuiread.model import Article

    first = open_store(home)
    first.library.add(Article(id="shared000000000", title="Shared", text="shared"))
    env = dict(os.environ, TUIREAD_HOME=str(home))
    procs = [subprocess.Popen([sys.executable, "-c", ADDER, tag], env=env) for tag in ("aa", "bb")]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    first.refresh()
    assert len(first.library) == 121
    assert first.library.get("bb00000000000059").title == "bb article 59"
    assert first.library.get_state("aa00000000000007").position == 7
    assert first.library.get_state("shared000000000").position == 59
    first.close()


def test_kill_9_of_one_writer_while_another_keeps_saving(home: Path) -> None:
    open_store(home).close()
    victim = _spawn(home, "victim", "-1", "40")
    survivor = _spawn(home, "survivor", "300", "40")
    assert victim.stdout is not None
    assert victim.stdout.readline().strip() == "ready"
    acked: set[str] = set()
    while len(acked) < 150:
        line = victim.stdout.readline().strip()
        assert line
        acked.add(line)
    os.kill(victim.pid, signal.SIGKILL)
    acked.update(x for x in victim.stdout.read().split() if x)
    victim.wait()
    out = survivor.communicate(timeout=120)[0].split()
    assert survivor.returncode == 0
    acked.update(x for x in out if x != "ready")
    store = open_store(home)
    assert acked <= {a.id for a in store.annotations.all()}
    assert store.annotations.tags()["survivor"] == 300
    store.close()
