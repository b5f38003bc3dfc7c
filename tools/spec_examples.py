"""Refresh openapi.yaml's response examples from the real service.

    .venv/bin/python tools/spec_examples.py      (or `make spec-examples`, which then runs `make openapi`)

The examples live in ``service/api/spec_examples.json``: per path, named example requests (body,
content type, query) written for the project, each with the status and body the service answers.
This sends each request to the real app (the installed model, in-process) and writes its real
answer back into the file; ``service/api/spec.py`` puts them into the spec, and
tests/api/test_spec_examples.py checks that the documented answers are still the real ones.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from service.api.spec import EXAMPLES_FILE  # noqa: E402


def answer(client, path: str, example: dict) -> tuple[int, dict]:
    """The status and JSON body the app ``client`` (a Flask test client) answers to ``example``."""
    body = example["body"]
    data = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    response = client.post(path, query_string=example["query"], data=data.encode("utf-8"),
                           content_type=example["content_type"])
    return response.status_code, response.get_json(force=True)


def refresh() -> int:
    from service.api import create_app
    from service.extract import Extractor
    client = create_app({"TESTING": True}, extractor=Extractor()).test_client()
    examples = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))
    changed = 0
    for path, named in examples.items():
        if path.startswith("/"):
            for example in named:
                status, body = answer(client, path, example)
                changed += (status, body) != (example["status"], example["response"])
                example["status"], example["response"] = status, body
    EXAMPLES_FILE.write_text(json.dumps(examples, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{changed} example answer(s) changed; now run `make openapi`")
    return 0


if __name__ == "__main__":
    sys.exit(refresh())
