"""Messages that name the culprit: a TOML syntax error by file:line:col, a database path that
is a folder as a folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk.config import load_config
from newsdesk.errors import ConfigError, StoreError
from newsdesk.store import Store


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('[site]\ntitle = "x"\n[crawl\n', ":3:7: not valid TOML: Expected ']'"),
        (
            '[site]\ntitle = "x"\nb = [\n',
            ":4:1: not valid TOML: Invalid value at the end of the file",
        ),
    ],
)
def test_a_toml_syntax_error_names_file_line_and_column(
    tmp_path: Path, text: str, where: str
) -> None:
    path = tmp_path / "newsdesk.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}{where}"), str(caught.value)


def test_a_database_path_that_is_a_folder_is_named_as_one(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    with pytest.raises(StoreError) as caught:
        Store(folder)
    assert str(caught.value).startswith(f"{folder}: is a folder, not a database file")
    assert list(folder.iterdir()) == []  # nothing created in it
