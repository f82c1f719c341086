"""Progress and cancel for the engines: the caller's optional callables, checked at each step."""

from __future__ import annotations

from typing import Callable


class Progress:
    """``step(fraction)`` reports 0..1 progress; raises ``canceled()`` once ``is_canceled()`` is True."""

    def __init__(self, progress: Callable[[float], None] | None, is_canceled: Callable[[], bool] | None,
                 canceled: Callable[[], Exception]) -> None:
        self.progress, self.is_canceled, self.canceled = progress, is_canceled, canceled

    def step(self, fraction: float) -> None:
        if self.is_canceled is not None and self.is_canceled():
            raise self.canceled()
        if self.progress is not None:
            self.progress(min(max(fraction, 0.0), 1.0))
