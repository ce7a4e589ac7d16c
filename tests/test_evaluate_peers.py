"""A peer that runs away on one document is stopped and that document scored empty."""

from __future__ import annotations

import time

import pytest

from dateline.evaluate.runner import PeerTimeout, time_limit


def test_time_limit_stops_a_runaway_block_and_spares_a_quick_one() -> None:
    with time_limit(5):
        pass
    started = time.monotonic()
    with pytest.raises(PeerTimeout), time_limit(0.2):
        while True:
            time.sleep(0.01)
    assert time.monotonic() - started < 2
    time.sleep(0.3)  # the alarm is off once the block is left
