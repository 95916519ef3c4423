"""What the library's Pilot tests share: the seed titles, what the screen shows, waiting."""

from __future__ import annotations

from tuiread.tui.app import TuireadApp
from tuiread.tui.widgets.article_table import ArticleTable

SIZE = (120, 36)
FIRST = "Japan, S Korea, US Agree to Enhance Cooperation"
SECOND = "Japan, SKorea, US agree to increase pressure on NKorea"


def screen_text(app: TuireadApp) -> str:
    """What the terminal shows, as plain text lines."""
    strips = app.screen._compositor.render_strips()
    return "\n".join("".join(seg.text for seg in strip).rstrip() for strip in strips)


def table(app: TuireadApp) -> ArticleTable:
    return app.screen.query_one(ArticleTable)


def titles(app: TuireadApp) -> list[str]:
    return [row.summary.title for row in table(app).rows]


def notices(app: TuireadApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def id_of(store, fragment: str) -> str:
    return store.library.resolve(fragment).id
