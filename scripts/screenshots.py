"""Make the README's screenshots from the real app on the sample library.

    python scripts/screenshots.py            # writes screenshots/library.svg, reader.svg, help.svg

Runs the app headless (Textual's test driver) in a throwaway TUIREAD_HOME, so the user's
own library is never touched.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
SIZE = (120, 36)


async def shoot() -> None:
    from tuiread.cli import seed_library
    from tuiread.store import open_store
    from tuiread.tui.app import TuireadApp

    with tempfile.TemporaryDirectory(prefix="tuiread-shots-") as tmp:
        os.environ["TUIREAD_HOME"] = tmp
        store = open_store(Path(tmp))
        seed_library(store)
        article = store.library.resolve("NKorea")
        store.annotations.set_article_tags(article.id, ["korea", "sanctions"])
        app = TuireadApp(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            app.save_screenshot("library.svg", str(OUT))
            await pilot.press("j", "enter")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause(0.3)
            await pilot.press("]", "]", "]")
            await pilot.pause()
            app.save_screenshot("reader.svg", str(OUT))
            await pilot.press("question_mark")
            await pilot.pause()
            app.save_screenshot("help.svg", str(OUT))
        store.close()


def main() -> int:
    OUT.mkdir(exist_ok=True)
    asyncio.run(shoot())
    for name in ("library.svg", "reader.svg", "help.svg"):
        print(OUT / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
