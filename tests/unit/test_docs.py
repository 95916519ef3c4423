"""README and docs/ point only at what the repository holds."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def test_links_point_at_files_in_the_repository() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+://", target):
                continue
            path = (page.parent / target.split("#")[0]).resolve()
            assert path.is_relative_to(ROOT) and path.exists(), f"{page.name}: {target}"


def test_nothing_outside_the_repository_is_named() -> None:
    """The one place outside named is the yardsticks' folder, which the measured figures cite
    as their source (it sits beside the repository here and in CI)."""
    for page in PAGES:
        text = page.read_text(encoding="utf-8").replace("../shared/eval", "")
        assert "../" not in text, page.name


def test_the_architecture_page_is_linked_from_the_readme() -> None:
    assert "](docs/architecture.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
