"""`newsdesk stories` through the real CLI: files in and out, errors, the store summary."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

from click.testing import CliRunner
from testkit import write_config

from newsdesk.cli import cli
from newsdesk.store import Store

from .conftest import article  # noqa: TID252


def write_items(path: Path, items) -> None:  # type: ignore[no-untyped-def]
    lines = []
    for it in items:
        data = {
            k: v for k, v in asdict(it).items() if k in ("id", "url", "title", "text", "published")
        }
        data["links"] = list(it.links)
        lines.append(json.dumps(data))
    path.write_text("\n".join(lines) + "\n", "utf-8")


def test_file_interface_groups_and_reports_duplicates(tmp_path: Path, week) -> None:  # type: ignore[no-untyped-def]
    src, out = tmp_path / "items.jsonl", tmp_path / "stories.jsonl"
    write_items(src, week)
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "stories", "--input", str(src), "--output", str(out)],
        capture_output=True, text=True, cwd=tmp_path,  # no newsdesk.toml, no database here
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert all(
        set(line) == {"story_id", "item_ids", "lead_item_id", "duplicates"} for line in lines
    )
    by_lead = {line["lead_item_id"]: line for line in lines}
    assert sorted(by_lead) == ["ars", "jobs", "kindle"]
    assert sorted(by_lead["ars"]["item_ids"]) == ["ars", "blog", "blog-amp", "syndicated"]
    assert by_lead["ars"]["duplicates"] == {"syndicated": "blog", "blog-amp": "blog"}
    assert sorted(i for line in lines for i in line["item_ids"]) == sorted(i.id for i in week)
    assert not (tmp_path / "data").exists()


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    src = tmp_path / "items.jsonl"
    src.write_text('{"id": "a", "url": "https://a.example/", "title": "A"}\n{"id": 3}\n', "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "stories", "--input", str(src)],
        capture_output=True, text=True, cwd=tmp_path,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: {src}:2: 'id' must be a non-empty string"
    src.write_text('{"id": "a", "url": "https://a.example/", "title": "A"}\nnot json\n', "utf-8")
    result = CliRunner().invoke(cli, ["stories", "--input", str(src)])
    assert result.exit_code == 1
    assert f"{src}:2: not valid JSON" in str(result.exception)


def test_stdout_when_no_output_is_given(tmp_path: Path, week) -> None:  # type: ignore[no-untyped-def]
    src = tmp_path / "items.jsonl"
    write_items(src, week[4:])
    result = CliRunner().invoke(cli, ["stories", "--input", str(src)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["item_ids"] for line in result.output.splitlines()] == [
        ["jobs"],
        ["kindle"],
    ]


def test_output_dash_is_standard_output(tmp_path: Path, week, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """'--output -' wrote a file named '-' in the working folder (the newcomer's find)."""
    src = tmp_path / "items.jsonl"
    write_items(src, week[4:])
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["stories", "--input", str(src), "--output", "-"])
    assert result.exit_code == 0, result.output
    assert len([json.loads(line) for line in result.output.splitlines()]) == 2
    assert not (tmp_path / "-").exists()


def test_store_mode_prints_a_one_line_summary(tmp_path: Path, week) -> None:  # type: ignore[no-untyped-def]
    write_config(tmp_path, crawl={"database": "nd.db"})
    with Store(tmp_path / "nd.db") as store:
        for it in week:
            store.save_article(article(it), content_hash=it.id)
    proc = subprocess.run(
        [sys.executable, "-m", "newsdesk", "stories", "--config", str(tmp_path / "newsdesk.toml")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.count("\n") == 1
    assert proc.stdout.startswith("stories: 3 (3 new, 0 updated) · duplicates: 2")


def test_a_reader_that_stops_early_ends_it_quietly(tmp_path: Path, week) -> None:  # type: ignore[no-untyped-def]
    """`newsdesk stories --input F | head -1`: the pipe closes before newsdesk writes. It ends
    as a Unix tool that SIGPIPE stops: nothing on stderr (it said "error: output stopped: a
    pipe was closed…"), status 141 (128 + SIGPIPE), not 0, as the work may be cut short."""
    src = tmp_path / "items.jsonl"
    write_items(src, week)
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsdesk", "stories", "--input", str(src)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader is gone before the first line is written
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 141
    assert err.decode() == ""


def test_an_articles_line_naming_its_original_is_read_as_a_claim(tmp_path: Path) -> None:
    """`newsdesk articles` prints ``declared_original``; fed back to `newsdesk stories`, the
    copy is the duplicate of the report it names though it came first."""
    from .test_declared_original import LEADERBOARD, REPORT, _pair  # noqa: TID252

    src, out = tmp_path / "items.jsonl", tmp_path / "stories.jsonl"
    lines = [asdict(it) | {"links": []} for it in _pair(REPORT, LEADERBOARD)]
    src.write_text("\n".join(json.dumps(line) for line in lines) + "\n", "utf-8")
    command = [sys.executable, "-m", "newsdesk", "stories", "--input", str(src), "--output"]
    proc = subprocess.run([*command, str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    (story,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert (story["lead_item_id"], story["duplicates"]) == ("report", {"copy": "report"})
    src.write_text(json.dumps(lines[0] | {"declared_original": 7}) + "\n", "utf-8")
    proc = subprocess.run([*command, str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1 and "'declared_original' must be a string or null" in proc.stderr
