"""CSV files imported with `flask import …`."""

CHILDREN_HEADER = "child_ref,first_name,last_name,date_of_birth,looked_after_since,iro_email,mobile,language\n"


def run(app, tmp_path, kind: str, content: str | bytes):
    path = tmp_path / f"{kind}.csv"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return app.test_cli_runner().invoke(args=["import", kind, str(path)])


def children_csv(*rows: str) -> str:
    return CHILDREN_HEADER + "".join(row + "\n" for row in rows)
