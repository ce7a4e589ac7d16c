"""Property-based API test: schemathesis generates requests from the OpenAPI spec (valid and
invalid parameters, bodies, tokens) against a real server; none may get a 5xx."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error

from dateline.settings import Settings
from tests.web_server import TOKEN, live_server

pytestmark = pytest.mark.slow
EXAMPLES_PER_OPERATION = 60


@pytest.fixture(scope="module")
def api_schema(example_store: str, tmp_path_factory: pytest.TempPathFactory
               ) -> Iterator[schemathesis.BaseSchema]:
    """The spec of a server on a copy of the example store (POST /articles writes to it)."""
    copy = tmp_path_factory.mktemp("schemathesis") / "store.db"
    shutil.copy(example_store.removeprefix("sqlite:///"), copy)
    with live_server(f"sqlite:///{copy}", Settings(api_token=TOKEN)) as url:
        yield schemathesis.openapi.from_url(f"{url}/openapi.json")


def test_no_server_error(api_schema: schemathesis.BaseSchema) -> None:
    # schemathesis' own pytest plugin does not run under this pytest: one hypothesis test
    # per operation, driven here, instead.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=EXAMPLES_PER_OPERATION, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        def no_server_error(case: schemathesis.Case) -> None:
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"},
                                   checks=[not_a_server_error], timeout=120)

        no_server_error()
