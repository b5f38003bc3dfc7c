"""Web pages through the command line (--html, or a .html/.htm file), the Python client
(extract_page, and pages in extract_batch) and the bulk runner (JSON Lines with `html`)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from service.client import Client, ProblemError
from tests.helpers import iter_spans
from tests.pages import page, seed_page

CLI = str(Path(sys.executable).with_name("news-extract"))
SCRIPT_ONLY = "<html><body><script>render()</script></body></html>"
LATIN = ("<html><head><meta charset='iso-8859-1'><title>Caf\u00e9 owner wins</title></head><body><article><p>"
         "\u201cWe never gave up,\u201d said Jos\u00e9 \u00c1lvarez, who runs the caf\u00e9 on the square.</p>"
         "</article></body></html>").encode("cp1252")


def assert_offsets_index_the_text(body: dict) -> None:
    spans = list(iter_spans(body))
    assert spans and all(body["text"][s["start"]:s["end"]] == s["text"] for s in spans)


def cli(*args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([CLI, *map(str, args)], capture_output=True, **{"timeout": 300, **kwargs})


@pytest.fixture(scope="module")
def page_files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("pages")
    files = {"news.html": page("news").encode(), "latin.htm": LATIN, "story.txt": page("jsonld").encode()}
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return {name: folder / name for name in files}


def test_cli_reads_a_html_file_as_a_page_like_the_api(client, page_files):
    completed = cli(page_files["news.html"], check=True)
    printed = json.loads(completed.stdout)
    assert printed == client.post("/v1/extract", json={"html": page("news")}).get_json()
    assert printed["page"]["site_name"] == "The Daily Meridian" and printed["date"]["source"] == "page"


def test_cli_decodes_a_page_by_its_meta_charset_and_takes_html_by_flag(page_files):
    latin = json.loads(cli(page_files["latin.htm"], check=True).stdout)
    assert "said Jos\u00e9 \u00c1lvarez" in latin["text"]
    as_text = json.loads(cli(page_files["story.txt"], check=True).stdout)
    assert "text" not in as_text  # a .txt file is text, markup and all
    as_page = json.loads(cli("--html", page_files["story.txt"], "--date", "2023-06-09", check=True).stdout)
    assert as_page["page"]["title"] == "Harvest forecast cut as dry spring hits wheat farmers"
    assert as_page["date"] == {"value": "2023-06-09", "source": "request", "text": None, "start": None,
                               "end": None, "year_inferred": False}
    from_stdin = json.loads(cli("--html", "-", input=page("time_only").encode(), check=True).stdout)
    assert from_stdin["date"]["value"] == "2023-11-20"


def test_cli_jsonl_takes_pages_and_reports_a_page_without_text(server, tmp_path):
    lines = [json.dumps({"html": page("blog"), "id": "blog"}), json.dumps({"html": SCRIPT_ONLY, "id": "script"}),
             json.dumps({"text": "Jane Doe said so on Monday.", "id": "text"})]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    local, remote = cli("--jsonl", source), cli("--jsonl", source, "--url", server)
    assert local.returncode == remote.returncode == 1  # one article failed
    records = [json.loads(line) for line in local.stdout.splitlines()]
    assert records == [json.loads(line) for line in remote.stdout.splitlines()]
    assert [(r["id"], r["error"] and r["error"]["status"]) for r in records] == [
        ("blog", None), ("script", 422), ("text", None)]
    assert records[1]["error"]["errors"] == {"html": ["No article text could be extracted from the page."]}
    assert_offsets_index_the_text(records[0]["extraction"])


def test_client_extract_page_sends_bytes_as_text_html_and_strings_as_json(server):
    with Client(server) as client:
        from_bytes = client.extract_page(LATIN, date="2024-01-02", id="b")
        from_string = client.extract_page(page("news"))
        batch = client.extract_batch([{"html": seed_page("000"), "id": "seed"}, "Jane Doe said so."])
        with pytest.raises(ProblemError) as refused:
            client.extract_page(SCRIPT_ONLY)
    assert from_bytes["id"] == "b" and from_bytes["date"]["source"] == "request"
    assert "Jos\u00e9 \u00c1lvarez" in [p["name"] for p in from_bytes["participants"]]
    assert from_string["page"]["url"] == "https://meridian.example/news/riverside-bridge-vote"
    assert_offsets_index_the_text(from_string)
    assert [r["status"] for r in batch] == [200, 200] and batch[0]["extraction"]["date"]["source"] == "page"
    assert refused.value.status == 422 and refused.value.errors == {
        "html": ["No article text could be extracted from the page."]}


def test_bulk_extracts_pages_from_json_lines(tmp_path):
    pytest.importorskip("distributed", reason="the bulk extra (dask, distributed) is not installed")
    lines = [json.dumps({"html": page(name), "id": name}) for name in ("news", "jsonld")]
    lines += [json.dumps({"html": SCRIPT_ONLY, "id": "script"}), json.dumps({"text": "Jane Doe said so.", "id": "t"})]
    source, out = tmp_path / "pages.jsonl", tmp_path / "out"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    completed = cli("bulk", source, out, "--workers", 1, "--no-progress", timeout=600)
    assert completed.returncode == 0, completed.stderr  # per-article errors are recorded, not a failed run
    assert b"3 results + 1 errors = 4" in completed.stderr
    records = {}
    for path in sorted(out.glob("*.jsonl")):
        records.update({r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())})
    assert sorted(records) == ["jsonld", "news", "script", "t"]
    assert records["script"]["error"]["status"] == 422
    assert records["jsonld"]["extraction"]["page"]["authors"] == ["Priya Raman", "Owen Gallagher"]
    assert_offsets_index_the_text(records["news"]["extraction"])
